import { DELINQUENCY_VIEW_COMPONENTS } from './delinquency/delinquency-view-components';
import { FINANCIALS_VIEW_COMPONENTS } from './financials/financials-view-components';
import { LEASING_VIEW_COMPONENTS } from './leasing/leasing-view-components';
import { MAINTENANCE_VIEW_COMPONENTS } from './maintenance/maintenance-view-components';
import { OVERVIEW_VIEW_COMPONENTS } from './overview/overview-view-components';
import { RENEWALS_VIEW_COMPONENTS } from './renewals/renewals-view-components';
import { REVIEWS_VIEW_COMPONENTS } from './reviews/reviews-view-components';
import { RISK_VIEW_COMPONENTS } from './risk/risk-view-components';
import type { ViewComponents } from './view-component';

/** The component rendering each view, collected from each tab's folder. */
export const VIEW_COMPONENTS: ViewComponents = {
  ...OVERVIEW_VIEW_COMPONENTS,
  ...LEASING_VIEW_COMPONENTS,
  ...RENEWALS_VIEW_COMPONENTS,
  ...DELINQUENCY_VIEW_COMPONENTS,
  ...FINANCIALS_VIEW_COMPONENTS,
  ...REVIEWS_VIEW_COMPONENTS,
  ...RISK_VIEW_COMPONENTS,
  ...MAINTENANCE_VIEW_COMPONENTS,
};
