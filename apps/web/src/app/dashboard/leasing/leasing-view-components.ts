import type { TabViewComponents } from '../view-component';
import { ConversionsView } from './conversions-view';
import { FloorplanAvailView } from './floorplan-avail-view';
import { ForecastView } from './forecast-view';
import { FunnelView } from './funnel-view';
import { MarketingView } from './marketing-view';

/**
 * The components of the leasing tab's views. All take a row of their own: conversions and
 * marketing pair a chart with their figures side by side, which needs the width.
 */
export const LEASING_VIEW_COMPONENTS: TabViewComponents<'leasing'> = {
  'leasing.funnel': { component: FunnelView, wide: true },
  'leasing.conversions': { component: ConversionsView, wide: true },
  'leasing.forecast': { component: ForecastView, wide: true },
  'leasing.floorplan_avail': { component: FloorplanAvailView, wide: true },
  'leasing.marketing': { component: MarketingView, wide: true },
};
