import type { TabViewComponents } from '../view-component';
import { FinancialKpisView } from './financial-kpis-view';
import { PnlView } from './pnl-view';
import { RevenueDetailView } from './revenue-detail-view';

/** The components of the financials tab's views. */
export const FINANCIALS_VIEW_COMPONENTS: TabViewComponents<'financials'> = {
  'financials.kpi_header': { component: FinancialKpisView, wide: true },
  'financials.pnl': { component: PnlView, wide: true },
  'financials.revenue_detail': { component: RevenueDetailView, wide: true },
};
