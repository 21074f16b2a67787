import { Module } from '@nestjs/common';
import { ViewSupportModule } from '../view-support.module';
import { RenewalDrillthroughView } from './drillthrough.view';
import { ExpirationChartView } from './expiration-chart.view';
import { MoveOutView } from './move-out.view';
import { RenewalsController } from './renewals.controller';
import { RenewalSummaryView } from './summary.view';

@Module({
  imports: [ViewSupportModule],
  controllers: [RenewalsController],
  providers: [RenewalSummaryView, RenewalDrillthroughView, MoveOutView, ExpirationChartView],
  exports: [RenewalSummaryView, RenewalDrillthroughView, MoveOutView, ExpirationChartView],
})
export class RenewalsModule {}
