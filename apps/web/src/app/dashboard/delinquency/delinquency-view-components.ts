import type { TabViewComponents } from '../view-component';
import { ArTableView } from './ar-table-view';
import { DelinquencySummaryView } from './delinquency-summary-view';
import { EvictionsView } from './evictions-view';
import { FormerResidentsView } from './former-residents-view';

/** The components of the delinquency tab's views. */
export const DELINQUENCY_VIEW_COMPONENTS: TabViewComponents<'delinquency'> = {
  'delinquency.summary': { component: DelinquencySummaryView, wide: true },
  'delinquency.ar_table': { component: ArTableView, wide: true },
  'delinquency.evictions': { component: EvictionsView, wide: true },
  'delinquency.former_residents': { component: FormerResidentsView, wide: true },
};
