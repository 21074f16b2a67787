import type { TabViewComponents } from '../view-component';
import { MaintenanceSummaryView } from './maintenance-summary-view';

/** The components of the maintenance tab's views. */
export const MAINTENANCE_VIEW_COMPONENTS: TabViewComponents<'maintenance'> = {
  'maintenance.summary': { component: MaintenanceSummaryView, wide: true },
};
