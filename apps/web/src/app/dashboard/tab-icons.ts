import type { TabId } from '@ownerdash/contracts';

/** Material Symbols shown beside each dashboard tab; each must be copied by the build (project.json assets). */
export const TAB_ICONS: Readonly<Record<TabId, string>> = {
  overview: 'space_dashboard',
  leasing: 'key',
  renewals: 'autorenew',
  delinquency: 'payments',
  financials: 'account_balance',
  reviews: 'reviews',
  risk: 'warning',
  maintenance: 'handyman',
};
