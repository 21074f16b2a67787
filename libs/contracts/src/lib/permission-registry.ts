/**
 * The permission registry: every dashboard tab and every view inside it.
 * Admins grant or hide these per user; the API enforces them on the routes that
 * serve each view, and the web app hides what the user may not see.
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
    label: 'KPI Tiles',
    description: 'Occupancy, vacancy, leased % and available-to-rent tiles',
  },
  {
    id: 'overview.bedroom_table',
    tab: 'overview',
    label: 'Bedroom Breakdown Table',
    description: 'Breakdown by bedroom type',
  },
  {
    id: 'overview.availability',
    tab: 'overview',
    label: 'Availability & ATR',
    description: 'Availability buckets and the available-to-rent trend',
  },
  { id: 'overview.occ_trend', tab: 'overview', label: 'Occupancy Trend Chart', description: 'Occupancy over time' },
  { id: 'overview.market_comps', tab: 'overview', label: 'Market Comps', description: 'Comparable properties nearby' },
  {
    id: 'overview.unit_mix',
    tab: 'overview',
    label: 'Unit Mix & Pricing',
    description: 'Unit mix with market and current rents',
  },
  {
    id: 'overview.trade_outs',
    tab: 'overview',
    label: 'Trade-Out Details',
    description: 'Rent change between outgoing and incoming leases',
  },
  { id: 'leasing.funnel', tab: 'leasing', label: 'Funnel Tiles', description: 'Leads, tours, applications and leases' },
  {
    id: 'leasing.conversions',
    tab: 'leasing',
    label: 'Conversion Rates',
    description: 'Conversion rate between funnel stages',
  },
  { id: 'leasing.forecast', tab: 'leasing', label: 'Occupancy Forecast', description: 'Projected occupancy' },
  {
    id: 'leasing.floorplan_avail',
    tab: 'leasing',
    label: 'Availability by Floorplan',
    description: 'Available units by floorplan',
  },
  { id: 'leasing.marketing', tab: 'leasing', label: 'Lead Sources & Marketing', description: 'Where leads come from' },
  {
    id: 'renewals.summary',
    tab: 'renewals',
    label: 'Renewal Summary Tiles',
    description: 'Renewed, vacating and pending counts',
  },
  {
    id: 'renewals.drillthrough',
    tab: 'renewals',
    label: 'Renewal Detail Table',
    description: 'Individual renewal rows',
  },
  { id: 'renewals.move_out', tab: 'renewals', label: 'Move-Out Reasons', description: 'Why residents move out' },
  {
    id: 'renewals.expiration_chart',
    tab: 'renewals',
    label: 'Expiration Chart',
    description: 'Lease expirations and renewals for the next 12 months',
  },
  { id: 'delinquency.summary', tab: 'delinquency', label: 'Summary Tiles', description: 'Aging bucket totals' },
  {
    id: 'delinquency.ar_table',
    tab: 'delinquency',
    label: 'AR Drill-Through Table',
    description: 'Unit-level delinquency rows',
  },
  { id: 'delinquency.evictions', tab: 'delinquency', label: 'Evictions', description: 'Eviction list and details' },
  {
    id: 'delinquency.former_residents',
    tab: 'delinquency',
    label: 'Former Resident Balances',
    description: 'Collections on former residents',
  },
  { id: 'financials.pnl', tab: 'financials', label: 'P&L Statement', description: 'Full income statement' },
  { id: 'financials.revenue_detail', tab: 'financials', label: 'Revenue Breakdown', description: 'Revenue line items' },
  {
    id: 'financials.kpi_header',
    tab: 'financials',
    label: 'Financial KPIs',
    description: 'Economic occupancy, bad debt % and similar',
  },
  {
    id: 'reviews.google',
    tab: 'reviews',
    label: 'Google Reviews',
    description: 'Google reviews and response tracking',
  },
  { id: 'reviews.apartments', tab: 'reviews', label: 'Apartments.com Reviews', description: 'Apartments.com reviews' },
  { id: 'reviews.reputation', tab: 'reviews', label: 'Reputation Overview', description: 'Blended reputation score' },
  { id: 'risk.churn', tab: 'risk', label: 'Churn Risk', description: 'Churn risk gauge and distribution' },
  { id: 'risk.delinquency', tab: 'risk', label: 'Delinquency Risk', description: 'Delinquency risk gauge' },
  {
    id: 'maintenance.summary',
    tab: 'maintenance',
    label: 'Work Orders Summary',
    description: 'Work order counts and timing',
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
