import { Global, Module } from '@nestjs/common';
import { ChatMetrics } from './chat-metrics';
import { MetricsController } from './metrics.controller';
import { MetricsAccess } from './metrics-access';
import { MetricsRegistry } from './metrics-registry';

/** `GET /api/metrics` and the metrics other modules record. */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [MetricsRegistry, MetricsAccess, ChatMetrics],
  exports: [ChatMetrics],
})
export class MetricsModule {}
