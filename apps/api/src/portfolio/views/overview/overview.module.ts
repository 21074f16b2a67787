import { Module } from '@nestjs/common';
import { ViewSupportModule } from '../view-support.module';
import { AvailabilityView } from './availability.view';
import { BedroomTableView } from './bedroom-table.view';
import { KpiTilesView } from './kpi-tiles.view';
import { MarketCompsView } from './market-comps.view';
import { OccTrendView } from './occ-trend.view';
import { OverviewController } from './overview.controller';
import { TradeOutsView } from './trade-outs.view';
import { UnitMixView } from './unit-mix.view';

@Module({
  imports: [ViewSupportModule],
  controllers: [OverviewController],
  providers: [
    KpiTilesView,
    BedroomTableView,
    OccTrendView,
    AvailabilityView,
    UnitMixView,
    MarketCompsView,
    TradeOutsView,
  ],
  exports: [
    KpiTilesView,
    BedroomTableView,
    OccTrendView,
    AvailabilityView,
    UnitMixView,
    MarketCompsView,
    TradeOutsView,
  ],
})
export class OverviewModule {}
