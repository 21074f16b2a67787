import { Module } from '@nestjs/common';
import { ViewSupportModule } from '../view-support.module';
import { ConversionsView } from './conversions.view';
import { FloorplanAvailView } from './floorplan-avail.view';
import { ForecastView } from './forecast.view';
import { FunnelView } from './funnel.view';
import { LeasingController } from './leasing.controller';
import { MarketingView } from './marketing.view';

@Module({
  imports: [ViewSupportModule],
  controllers: [LeasingController],
  providers: [FunnelView, ConversionsView, ForecastView, FloorplanAvailView, MarketingView],
  exports: [FunnelView, ConversionsView, ForecastView, FloorplanAvailView, MarketingView],
})
export class LeasingModule {}
