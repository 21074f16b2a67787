import type { TabViewComponents } from '../view-component';
import { AvailabilityView } from './availability-view';
import { BedroomTableView } from './bedroom-table-view';
import { KpiTilesView } from './kpi-tiles-view';
import { MarketCompsView } from './market-comps-view';
import { OccTrendView } from './occ-trend-view';
import { TradeOutsView } from './trade-outs-view';
import { UnitMixView } from './unit-mix-view';

/** The components of the overview tab's views. */
export const OVERVIEW_VIEW_COMPONENTS: TabViewComponents<'overview'> = {
  'overview.kpi_tiles': { component: KpiTilesView, wide: true },
  'overview.bedroom_table': { component: BedroomTableView, wide: true },
  'overview.availability': { component: AvailabilityView },
  'overview.occ_trend': { component: OccTrendView },
  'overview.market_comps': { component: MarketCompsView, wide: true },
  'overview.unit_mix': { component: UnitMixView, wide: true },
  'overview.trade_outs': { component: TradeOutsView, wide: true },
};
