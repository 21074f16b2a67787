import { Injectable } from '@nestjs/common';
import { ViewId } from '@ownerdash/contracts';
import { ArTableView } from '../delinquency/ar-table.view';
import { EvictionsView } from '../delinquency/evictions.view';
import { FormerResidentsView } from '../delinquency/former-residents.view';
import { DelinquencySummaryView } from '../delinquency/summary.view';
import { FinancialKpiHeaderView } from '../financials/kpi-header.view';
import { PnlView } from '../financials/pnl.view';
import { RevenueDetailView } from '../financials/revenue-detail.view';
import { ConversionsView } from '../leasing/conversions.view';
import { FloorplanAvailView } from '../leasing/floorplan-avail.view';
import { ForecastView } from '../leasing/forecast.view';
import { FunnelView } from '../leasing/funnel.view';
import { MarketingView } from '../leasing/marketing.view';
import { MaintenanceSummaryView } from '../maintenance/summary.view';
import { AvailabilityView } from '../overview/availability.view';
import { BedroomTableView } from '../overview/bedroom-table.view';
import { KpiTilesView } from '../overview/kpi-tiles.view';
import { MarketCompsView } from '../overview/market-comps.view';
import { OccTrendView } from '../overview/occ-trend.view';
import { TradeOutsView } from '../overview/trade-outs.view';
import { UnitMixView } from '../overview/unit-mix.view';
import { RenewalDrillthroughView } from '../renewals/drillthrough.view';
import { ExpirationChartView } from '../renewals/expiration-chart.view';
import { MoveOutView } from '../renewals/move-out.view';
import { RenewalSummaryView } from '../renewals/summary.view';
import { ReputationView } from '../reviews/reputation.view';
import { ReviewSourceView } from '../reviews/review-source.view';
import { RiskGaugeView } from '../risk/risk-gauge.view';
import { ViewCaller } from '../view-scope.resolver';

/** What a view is asked for when its card is shared: the dashboard's filters, nothing of a table's paging. */
export interface ViewAnswerQuery {
  readonly propertyIds?: string[];
  readonly from?: string;
  readonly to?: string;
  readonly asOf?: string;
}

/**
 * What of the dashboard's period a view is asked for, as the dashboard asks: a range (`from`/`to`),
 * the range's last day (`asOf`, the KPI tiles), or nothing — the views that look ahead (renewals,
 * the expiration chart, the forecast, the risk gauges) count from today whatever the period.
 */
export type ViewPeriod = 'range' | 'asOf' | null;

export const VIEW_PERIODS: Record<ViewId, ViewPeriod> = {
  'overview.kpi_tiles': 'asOf',
  'overview.bedroom_table': null,
  'overview.availability': 'range',
  'overview.occ_trend': 'range',
  'overview.market_comps': null,
  'overview.unit_mix': null,
  'overview.trade_outs': 'range',
  'leasing.funnel': 'range',
  'leasing.conversions': 'range',
  'leasing.forecast': null,
  'leasing.floorplan_avail': null,
  'leasing.marketing': 'range',
  'renewals.summary': null,
  'renewals.drillthrough': null,
  'renewals.move_out': 'range',
  'renewals.expiration_chart': null,
  'delinquency.summary': null,
  'delinquency.ar_table': null,
  'delinquency.evictions': null,
  'delinquency.former_residents': null,
  'financials.pnl': 'range',
  'financials.revenue_detail': 'range',
  'financials.kpi_header': 'range',
  'reviews.google': 'range',
  'reviews.apartments': 'range',
  'reviews.reputation': 'range',
  'risk.churn': null,
  'risk.delinquency': null,
  'maintenance.summary': 'range',
};

/** The part of `query` a view takes, as its route would accept it. */
function forView(view: ViewId, { propertyIds, from, to, asOf }: ViewAnswerQuery): ViewAnswerQuery {
  const period = VIEW_PERIODS[view];
  return {
    ...(propertyIds ? { propertyIds } : {}),
    ...(period === 'range' ? { ...(from ? { from } : {}), ...(to ? { to } : {}) } : {}),
    ...(period === 'asOf' && asOf ? { asOf } : {}),
  };
}

/**
 * A table view is asked for its first row only: what a shared card keeps of it are its totals,
 * which every page carries alike, in the view's default order.
 */
const FIRST_ROW = { page: 1, pageSize: 1 } as const;

type Loader = (caller: ViewCaller, query: ViewAnswerQuery) => Promise<object>;

/**
 * Every view of the permission registry as its route answers it, by view id, so the chat can take
 * a card's snapshot through the very query, scope predicate and defaults the dashboard uses. The
 * caller's scope is applied by each view; whether the caller may see the view is the asker's check.
 */
@Injectable()
export class ViewAnswers {
  private readonly loaders: Record<ViewId, Loader>;

  constructor(
    kpiTiles: KpiTilesView,
    bedroomTable: BedroomTableView,
    availability: AvailabilityView,
    occTrend: OccTrendView,
    marketComps: MarketCompsView,
    unitMix: UnitMixView,
    tradeOuts: TradeOutsView,
    funnel: FunnelView,
    conversions: ConversionsView,
    forecast: ForecastView,
    floorplanAvail: FloorplanAvailView,
    marketing: MarketingView,
    renewalSummary: RenewalSummaryView,
    drillthrough: RenewalDrillthroughView,
    moveOut: MoveOutView,
    expirationChart: ExpirationChartView,
    delinquencySummary: DelinquencySummaryView,
    arTable: ArTableView,
    evictions: EvictionsView,
    formerResidents: FormerResidentsView,
    pnl: PnlView,
    revenueDetail: RevenueDetailView,
    kpiHeader: FinancialKpiHeaderView,
    reviewSource: ReviewSourceView,
    reputation: ReputationView,
    risk: RiskGaugeView,
    maintenance: MaintenanceSummaryView,
  ) {
    this.loaders = {
      'overview.kpi_tiles': (caller, query) => kpiTiles.load(caller, query),
      'overview.bedroom_table': (caller, query) => bedroomTable.load(caller, query),
      'overview.availability': (caller, query) => availability.load(caller, query),
      'overview.occ_trend': (caller, query) => occTrend.load(caller, { ...query, interval: 'month' }),
      'overview.market_comps': (caller, query) => marketComps.load(caller, query),
      'overview.unit_mix': (caller, query) => unitMix.load(caller, query),
      'overview.trade_outs': (caller, query) => tradeOuts.load(caller, { ...query, ...FIRST_ROW, sort: '-leaseStart' }),
      'leasing.funnel': (caller, query) => funnel.load(caller, query),
      'leasing.conversions': (caller, query) => conversions.load(caller, query),
      'leasing.forecast': (caller, query) => forecast.load(caller, query),
      'leasing.floorplan_avail': (caller, query) => floorplanAvail.load(caller, query),
      'leasing.marketing': (caller, query) => marketing.load(caller, query),
      'renewals.summary': (caller, query) => renewalSummary.load(caller, query),
      'renewals.drillthrough': (caller, query) =>
        drillthrough.load(caller, { ...query, ...FIRST_ROW, sort: 'leaseEnd' }),
      'renewals.move_out': (caller, query) => moveOut.load(caller, query),
      'renewals.expiration_chart': (caller, query) => expirationChart.load(caller, query),
      'delinquency.summary': (caller, query) => delinquencySummary.load(caller, query),
      'delinquency.ar_table': (caller, query) => arTable.load(caller, { ...query, ...FIRST_ROW, sort: '-balance' }),
      'delinquency.evictions': (caller, query) => evictions.load(caller, { ...query, ...FIRST_ROW, sort: '-filedOn' }),
      'delinquency.former_residents': (caller, query) =>
        formerResidents.load(caller, { ...query, ...FIRST_ROW, sort: '-owedNow' }),
      'financials.pnl': (caller, query) => pnl.load(caller, query),
      'financials.revenue_detail': (caller, query) => revenueDetail.load(caller, query),
      'financials.kpi_header': (caller, query) => kpiHeader.load(caller, query),
      'reviews.google': (caller, query) =>
        reviewSource.load(caller, { ...query, ...FIRST_ROW, sort: '-postedAt' }, 'google'),
      'reviews.apartments': (caller, query) =>
        reviewSource.load(caller, { ...query, ...FIRST_ROW, sort: '-postedAt' }, 'apartments'),
      'reviews.reputation': (caller, query) => reputation.load(caller, query),
      'risk.churn': (caller, query) => risk.churn(caller, query),
      'risk.delinquency': (caller, query) => risk.delinquency(caller, query),
      'maintenance.summary': (caller, query) => maintenance.load(caller, query),
    };
  }

  /** The view's answer for the caller's scope narrowed to `query.propertyIds` (403 naming a property outside it). */
  answer(view: ViewId, caller: ViewCaller, query: ViewAnswerQuery): Promise<object> {
    return this.loaders[view](caller, forView(view, query));
  }
}
