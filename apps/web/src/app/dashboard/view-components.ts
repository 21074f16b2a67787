import type { TabId } from '@ownerdash/contracts';
import type { TabViewComponents } from './view-component';

/**
 * The components of each tab's views, loaded when the tab is first shown: each tab's views, and
 * the Material parts only they use, are a chunk of their own, so opening the overview does not
 * download the seven other tabs.
 */
export const TAB_VIEW_COMPONENTS: { readonly [Tab in TabId]: () => Promise<TabViewComponents<Tab>> } = {
  overview: () => import('./overview/overview-view-components').then((m) => m.OVERVIEW_VIEW_COMPONENTS),
  leasing: () => import('./leasing/leasing-view-components').then((m) => m.LEASING_VIEW_COMPONENTS),
  renewals: () => import('./renewals/renewals-view-components').then((m) => m.RENEWALS_VIEW_COMPONENTS),
  delinquency: () => import('./delinquency/delinquency-view-components').then((m) => m.DELINQUENCY_VIEW_COMPONENTS),
  financials: () => import('./financials/financials-view-components').then((m) => m.FINANCIALS_VIEW_COMPONENTS),
  reviews: () => import('./reviews/reviews-view-components').then((m) => m.REVIEWS_VIEW_COMPONENTS),
  risk: () => import('./risk/risk-view-components').then((m) => m.RISK_VIEW_COMPONENTS),
  maintenance: () => import('./maintenance/maintenance-view-components').then((m) => m.MAINTENANCE_VIEW_COMPONENTS),
};
