import { Module } from '@nestjs/common';
import { ViewSupportModule } from '../view-support.module';
import { RiskController } from './risk.controller';
import { RiskGaugeView } from './risk-gauge.view';

@Module({
  imports: [ViewSupportModule],
  controllers: [RiskController],
  providers: [RiskGaugeView],
  exports: [RiskGaugeView],
})
export class RiskModule {}
