import { FigureUnit, ViewId } from '@ownerdash/contracts';

/** A headline figure of a view: where its answer holds it (a dotted path, `-1` the last item). */
export interface FigureSpec {
  readonly key: string;
  readonly label: string;
  readonly unit: FigureUnit;
}

/** The series of a view's chart: the list in its answer, and which field of each item is label and value. */
export interface SeriesSpec {
  readonly key: string;
  readonly labelField: string;
  readonly valueField: string;
  readonly label: string;
  readonly unit: FigureUnit;
}

/** What a shared card of a view keeps: a few figures and at most one series, never its rows. */
export interface ChartSpec {
  readonly figures: readonly FigureSpec[];
  readonly series: SeriesSpec | null;
}

const figure = (key: string, label: string, unit: FigureUnit): FigureSpec => ({ key, label, unit });
const series = (key: string, labelField: string, valueField: string, label: string, unit: FigureUnit): SeriesSpec => ({
  key,
  labelField,
  valueField,
  label,
  unit,
});

/**
 * Every view of the registry as a shared card: the figures its card leads with and the series of
 * its chart (or of the breakdown a table view's card shows above its rows). Tables keep their
 * totals, not their rows, so a snapshot stays a few hundred bytes whatever the portfolio.
 */
export const CHART_SPECS: Record<ViewId, ChartSpec> = {
  'overview.kpi_tiles': {
    figures: [
      figure('occupancyPct.value', 'Occupancy', '%'),
      figure('leasedPct.value', 'Leased', '%'),
      figure('vacancyPct.value', 'Vacancy', '%'),
      figure('availableToRent.value', 'Available to rent', 'units'),
    ],
    series: null,
  },
  'overview.bedroom_table': {
    figures: [
      figure('total.occupancyPct', 'Occupancy', '%'),
      figure('total.units', 'Units', 'units'),
      figure('total.avgCurrentRent', 'Average rent', 'usd'),
    ],
    series: series('items', 'bedrooms', 'occupancyPct', 'Occupancy by bedrooms', '%'),
  },
  'overview.availability': {
    figures: [
      figure('now.availableToRent', 'Available to rent', 'units'),
      figure('now.vacantReady', 'Vacant ready', 'units'),
      figure('now.noticeUnrented', 'On notice, unrented', 'units'),
    ],
    series: series('trend', 'date', 'availableToRent', 'Available to rent', 'units'),
  },
  'overview.occ_trend': {
    figures: [
      figure('points.-1.occupancyPct', 'Occupancy, latest month', '%'),
      figure('points.-1.leasedPct', 'Leased, latest month', '%'),
    ],
    series: series('points', 'periodStart', 'occupancyPct', 'Occupancy', '%'),
  },
  'overview.market_comps': {
    figures: [
      figure('items.0.averageCurrentRent', 'Average rent', 'usd'),
      figure('items.0.compAverageRent', 'Competitors’ average rent', 'usd'),
    ],
    series: series('items', 'propertyName', 'averageCurrentRent', 'Average rent', 'usd'),
  },
  'overview.unit_mix': {
    figures: [figure('items.0.avgCurrentRent', 'Average rent, first floorplan', 'usd')],
    series: series('items', 'floorplan', 'avgCurrentRent', 'Average rent by floorplan', 'usd'),
  },
  'overview.trade_outs': {
    figures: [
      figure('averageChangePct', 'Average rent change', '%'),
      figure('averageChange', 'Average change', 'usd'),
      figure('total', 'New leases', 'count'),
    ],
    series: null,
  },
  'leasing.funnel': {
    figures: [
      figure('current.leads', 'Leads', 'count'),
      figure('current.tours', 'Tours', 'count'),
      figure('current.applications', 'Applications', 'count'),
      figure('current.leasesSigned', 'Leases signed', 'count'),
    ],
    series: null,
  },
  'leasing.conversions': {
    figures: [
      figure('overall.leadToLeasePct', 'Lead to lease', '%'),
      figure('overall.leadToTourPct', 'Lead to tour', '%'),
      figure('overall.tourToApplicationPct', 'Tour to application', '%'),
      figure('overall.applicationToLeasePct', 'Application to lease', '%'),
    ],
    series: series('months', 'month', 'leadToLeasePct', 'Lead to lease', '%'),
  },
  'leasing.forecast': {
    figures: [
      figure('occupancyPctNow', 'Occupancy now', '%'),
      figure('weeks.-1.projectedOccupancyPct', 'Projected occupancy, last week', '%'),
    ],
    series: series('weeks', 'weekStart', 'projectedOccupancyPct', 'Projected occupancy', '%'),
  },
  'leasing.floorplan_avail': {
    figures: [figure('items.0.availableToRent', 'Available to rent, first floorplan', 'units')],
    series: series('items', 'floorplan', 'availableToRent', 'Available to rent by floorplan', 'units'),
  },
  'leasing.marketing': {
    figures: [figure('total', 'Leads', 'count')],
    series: series('sources', 'source', 'leads', 'Leads by source', 'count'),
  },
  'renewals.summary': {
    figures: [
      figure('renewalRatePct', 'Renewal rate', '%'),
      figure('expiring', 'Leases ending', 'count'),
      figure('renewed', 'Renewed', 'count'),
      figure('pending', 'Pending', 'count'),
    ],
    series: null,
  },
  'renewals.drillthrough': {
    figures: [figure('total', 'Leases ending', 'count')],
    series: series('countsByStatus', 'status', 'count', 'Leases by outcome', 'count'),
  },
  'renewals.move_out': {
    figures: [figure('total', 'Move-outs', 'count')],
    series: series('reasons', 'reason', 'moveOuts', 'Move-outs by reason', 'count'),
  },
  'renewals.expiration_chart': {
    figures: [figure('months.0.expiring', 'Leases ending, first month', 'count')],
    series: series('months', 'month', 'expiring', 'Lease expirations', 'count'),
  },
  'delinquency.summary': {
    figures: [
      figure('totalBalance', 'Owed', 'usd'),
      figure('delinquentUnits', 'Units owing', 'units'),
      figure('delinquentUnitsPct', 'Units owing', '%'),
    ],
    series: series('buckets', 'bucket', 'balance', 'Owed by days past due', 'usd'),
  },
  'delinquency.ar_table': {
    figures: [figure('totalBalance', 'Owed', 'usd'), figure('total', 'Units owing', 'units')],
    series: null,
  },
  'delinquency.evictions': {
    figures: [figure('total', 'Cases', 'count')],
    series: series('countsByStatus', 'status', 'count', 'Cases by status', 'count'),
  },
  'delinquency.former_residents': {
    figures: [
      figure('owedNow', 'Still owed', 'usd'),
      figure('collected', 'Collected', 'usd'),
      figure('writtenOff', 'Written off', 'usd'),
      figure('total', 'Former residents', 'count'),
    ],
    series: series('byCollectionStatus', 'collectionStatus', 'owedAtMoveOut', 'Owed at move-out by status', 'usd'),
  },
  'financials.pnl': {
    figures: [
      figure('noi.actual', 'Net operating income', 'usd'),
      figure('noi.budget', 'NOI budget', 'usd'),
      figure('income.total.actual', 'Income', 'usd'),
      figure('expense.total.actual', 'Expenses', 'usd'),
    ],
    series: null,
  },
  'financials.revenue_detail': {
    figures: [figure('months.-1.actual', 'Income, last month', 'usd')],
    series: series('months', 'month', 'actual', 'Income by month', 'usd'),
  },
  'financials.kpi_header': {
    figures: [
      figure('economicOccupancyPct.actual', 'Economic occupancy', '%'),
      figure('noi.actual', 'Net operating income', 'usd'),
      figure('noiMarginPct.actual', 'NOI margin', '%'),
      figure('badDebtPct.actual', 'Bad debt', '%'),
    ],
    series: null,
  },
  'reviews.google': {
    figures: [
      figure('averageRating', 'Average rating', 'rating'),
      figure('responseRatePct', 'Responded', '%'),
      figure('total', 'Reviews', 'count'),
      figure('meanResponseHours', 'Mean time to respond', 'hours'),
    ],
    series: null,
  },
  'reviews.apartments': {
    figures: [
      figure('averageRating', 'Average rating', 'rating'),
      figure('responseRatePct', 'Responded', '%'),
      figure('total', 'Reviews', 'count'),
      figure('meanResponseHours', 'Mean time to respond', 'hours'),
    ],
    series: null,
  },
  'reviews.reputation': {
    figures: [
      figure('averageRating', 'Average rating', 'rating'),
      figure('count', 'Reviews', 'count'),
      figure('responseRatePct', 'Responded', '%'),
    ],
    series: series('trend', 'month', 'averageRating', 'Average rating by month', 'rating'),
  },
  'risk.churn': {
    figures: [
      figure('gauge', 'Move-out risk', 'score'),
      figure('highRiskLeasesEnding90d', 'High-risk leases ending', 'units'),
    ],
    series: series('bands', 'band', 'units', 'Units by risk', 'units'),
  },
  'risk.delinquency': {
    figures: [
      figure('gauge', 'Payment risk', 'score'),
      figure('highRiskBalance', 'Owed by high-risk units', 'usd'),
      figure('highRiskLeasesEnding90d', 'High-risk leases ending', 'units'),
    ],
    series: series('bands', 'band', 'units', 'Units by risk', 'units'),
  },
  'maintenance.summary': {
    figures: [
      figure('openNow', 'Open now', 'count'),
      figure('opened', 'Opened', 'count'),
      figure('averageDaysToClose', 'Average days to close', 'days'),
      figure('urgentCompletedWithin48hPct', 'Urgent done within 48 h', '%'),
    ],
    series: series('weekly', 'week', 'opened', 'Opened by week', 'count'),
  },
};
