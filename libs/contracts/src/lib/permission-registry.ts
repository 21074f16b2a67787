/**
 * The permission registry: every dashboard tab and every view inside it.
 * Admins grant or hide these per user; the API enforces them on the routes that
 * serve each view, and the web app hides what the user may not see. A view's label
 * is its one name everywhere — its card's heading, the administrator's permission
 * tree, the API's refusals — so it says what the card shows in people's words; the
 * ids stay as they are, as permissions are stored by id.
 * Source: section 6f of the multi-user plan (view id registry).
 */

export const TAB_IDS = [
  'overview',
  'leasing',
  'renewals',
  'delinquency',
  'financials',
  'reviews',
  'risk',
  'maintenance',
] as const;

export type TabId = (typeof TAB_IDS)[number];

export interface ViewDefinition {
  readonly id: string;
  readonly tab: TabId;
  readonly label: string;
  readonly description: string;
}

export interface TabDefinition {
  readonly id: TabId;
  readonly label: string;
}

export const TABS: readonly TabDefinition[] = [
  { id: 'overview', label: 'Overview' },
  { id: 'leasing', label: 'Leasing' },
  { id: 'renewals', label: 'Renewals' },
  { id: 'delinquency', label: 'Delinquency' },
  { id: 'financials', label: 'Financials' },
  { id: 'reviews', label: 'Reviews' },
  { id: 'risk', label: 'Risk' },
  { id: 'maintenance', label: 'Maintenance' },
];

export const VIEWS = [
  {
    id: 'overview.kpi_tiles',
    tab: 'overview',
    label: 'Occupancy at a glance',
    description: 'Occupancy, leased, vacancy and units available to rent now, against 30 days earlier',
  },
  {
    id: 'overview.bedroom_table',
    tab: 'overview',
    label: 'Units by bedroom count',
    description: 'Occupancy, sizes and rents by bedroom count',
  },
  {
    id: 'overview.availability',
    tab: 'overview',
    label: 'Units available to rent',
    description: 'Vacant, pre-leased and notice units now, and available to rent day by day',
  },
  {
    id: 'overview.occ_trend',
    tab: 'overview',
    label: 'Occupancy over time',
    description: 'Occupancy and leased % week by week or month by month',
  },
  {
    id: 'overview.market_comps',
    tab: 'overview',
    label: 'Nearby competitors',
    description: 'Comparable properties’ rents and occupancy next to your own',
  },
  {
    id: 'overview.unit_mix',
    tab: 'overview',
    label: 'Rents by floorplan',
    description: 'Unit mix with market and current rents',
  },
  {
    id: 'overview.trade_outs',
    tab: 'overview',
    label: 'Rent change on new leases',
    description: 'Rent of each new lease against the lease before it',
  },
  {
    id: 'leasing.funnel',
    tab: 'leasing',
    label: 'Leads to leases',
    description: 'Leads, tours, applications and leases signed',
  },
  {
    id: 'leasing.conversions',
    tab: 'leasing',
    label: 'How leads convert',
    description: 'Conversion rates between the funnel’s stages',
  },
  {
    id: 'leasing.forecast',
    tab: 'leasing',
    label: 'Occupancy ahead',
    description: 'Projected occupancy for the next 13 weeks',
  },
  {
    id: 'leasing.floorplan_avail',
    tab: 'leasing',
    label: 'Available units by floorplan',
    description: 'Vacant, notice and pre-leased units by floorplan',
  },
  { id: 'leasing.marketing', tab: 'leasing', label: 'Where leads come from', description: 'Leads by source' },
  {
    id: 'renewals.summary',
    tab: 'renewals',
    label: 'Renewals at a glance',
    description: 'Renewed, vacating and pending leases of the next 90 days',
  },
  {
    id: 'renewals.drillthrough',
    tab: 'renewals',
    label: 'Leases ending soon',
    description: 'Each lease ending in the next 90 days, with its resident',
  },
  { id: 'renewals.move_out', tab: 'renewals', label: 'Why residents move out', description: 'Move-outs by reason' },
  {
    id: 'renewals.expiration_chart',
    tab: 'renewals',
    label: 'Lease expirations by month',
    description: 'Lease expirations and renewals for the next 12 months',
  },
  {
    id: 'delinquency.summary',
    tab: 'delinquency',
    label: 'Arrears by age',
    description: 'What is owed by days past due',
  },
  {
    id: 'delinquency.ar_table',
    tab: 'delinquency',
    label: 'Who owes what',
    description: 'Each unit that owes money, with its resident',
  },
  {
    id: 'delinquency.evictions',
    tab: 'delinquency',
    label: 'Eviction cases',
    description: 'Eviction cases and where they stand',
  },
  {
    id: 'delinquency.former_residents',
    tab: 'delinquency',
    label: 'What former residents owe',
    description: 'What former residents left owing, and how much is still owed, collected or written off',
  },
  {
    id: 'financials.pnl',
    tab: 'financials',
    label: 'Income statement',
    description: 'Every account against budget, with net operating income',
  },
  {
    id: 'financials.revenue_detail',
    tab: 'financials',
    label: 'Revenue by month',
    description: 'Total income month by month against budget, and what it is made of',
  },
  {
    id: 'financials.kpi_header',
    tab: 'financials',
    label: 'Financials at a glance',
    description: 'Economic occupancy, bad debt, NOI and other ratios against budget',
  },
  {
    id: 'reviews.google',
    tab: 'reviews',
    label: 'Google reviews',
    description: 'Google reviews and response tracking',
  },
  {
    id: 'reviews.apartments',
    tab: 'reviews',
    label: 'Apartments.com reviews',
    description: 'Apartments.com reviews and response tracking',
  },
  {
    id: 'reviews.reputation',
    tab: 'reviews',
    label: 'Reputation across sites',
    description: 'Average rating and responses over every review site',
  },
  {
    id: 'risk.churn',
    tab: 'risk',
    label: 'Move-out risk',
    description: 'How likely residents are to leave, and the high-risk leases ending soon',
  },
  {
    id: 'risk.delinquency',
    tab: 'risk',
    label: 'Payment risk',
    description: 'How likely residents are to fall behind, and what the high-risk units owe',
  },
  {
    id: 'maintenance.summary',
    tab: 'maintenance',
    label: 'Work orders',
    description: 'Work orders opened and open now, and how long they take',
  },
] as const satisfies readonly ViewDefinition[];

export type RegisteredView = (typeof VIEWS)[number];

export type ViewId = RegisteredView['id'];

export const VIEW_IDS: readonly ViewId[] = VIEWS.map((view) => view.id);

export function isTabId(value: string): value is TabId {
  return (TAB_IDS as readonly string[]).includes(value);
}

export function isViewId(value: string): value is ViewId {
  return (VIEW_IDS as readonly string[]).includes(value);
}

export function tabOfView(viewId: ViewId): TabId {
  const tab = VIEWS.find((view) => view.id === viewId)?.tab;
  if (!tab) {
    throw new Error(`Unknown view id: ${viewId}`);
  }
  return tab;
}

export function viewsOfTab(tabId: TabId): readonly RegisteredView[] {
  return VIEWS.filter((view) => view.tab === tabId);
}
