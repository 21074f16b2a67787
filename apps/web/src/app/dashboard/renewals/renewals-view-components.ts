import type { TabViewComponents } from '../view-component';
import { ExpirationChartView } from './expiration-chart-view';
import { MoveOutView } from './move-out-view';
import { RenewalDrillthroughView } from './renewal-drillthrough-view';
import { RenewalSummaryView } from './renewal-summary-view';

/** The components of the renewals tab's views. */
export const RENEWALS_VIEW_COMPONENTS: TabViewComponents<'renewals'> = {
  'renewals.summary': { component: RenewalSummaryView, wide: true },
  'renewals.drillthrough': { component: RenewalDrillthroughView, wide: true },
  'renewals.move_out': { component: MoveOutView },
  'renewals.expiration_chart': { component: ExpirationChartView },
};
