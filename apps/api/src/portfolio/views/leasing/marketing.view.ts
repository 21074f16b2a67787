import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { todayIso } from '../days';
import { MONTHS_OF_PERIOD } from '../monthly-count-shares';
import { resolvePeriod } from '../period';
import { percent } from '../ratios';
import { ViewQueries } from '../view-queries';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import { wholeCounts } from '../whole-counts';
import {
  LeadSourceCountDto,
  LeadSourceMonthDto,
  MarketingDto,
  MarketingQueryDto,
  UNRECORDED_SOURCE,
} from './marketing.dto';

const DEFAULT_DAYS = 365;

/**
 * A month of the period with its leads (`month_total`, whole) and one source's fractional share
 * of them (`label` null: leads of a property-month without source counts). A month without any
 * lead has one row, label null and no leads.
 */
type SplitRow = { month: string; label: string | null; leads: number; month_total: number };

/** Most leads first, the leads without a recorded source last. */
function bySource(a: LeadSourceCountDto, b: LeadSourceCountDto): number {
  const unrecorded = Number(a.source === UNRECORDED_SOURCE) - Number(b.source === UNRECORDED_SOURCE);
  return unrecorded || b.leads - a.leads || a.source.localeCompare(b.source);
}

/**
 * Leads by source over the period's days, so the lead sources and the funnel count the same
 * leads. The leads come from the daily metrics, as the funnel's; the sources only from the
 * monthly lead-source counts, so each property's leads of a month (the month's days within the
 * period) are split by that property's mix of sources that month — the recorded counts
 * themselves for a month covered whole. One query gives each month's fractional shares; whole
 * counts per month (`wholeCounts`) add up to the month's leads, and the months to the period's.
 */
@Injectable()
export class MarketingView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
    private readonly clock: Clock,
  ) {}

  async load(auth: ViewCaller, query: MarketingQueryDto): Promise<MarketingDto> {
    const today = todayIso(this.clock.now());
    const period = resolvePeriod(query, DEFAULT_DAYS, today);
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const rows = await this.queries.rows<SplitRow>(
      scope,
      (inScope) => `
        WITH months AS (
          SELECT generate_series(date_trunc('month', CAST(:from AS timestamp)), CAST(:to AS timestamp),
                                 interval '1 month')::date AS month
        ), daily AS (
          SELECT m.property_id, date_trunc('month', m.metric_date::timestamp)::date AS month, sum(m.leads) AS leads
            FROM property_daily_metrics m
            JOIN properties p ON p.id = m.property_id
           WHERE ${inScope} AND m.metric_date BETWEEN CAST(:from AS date) AND CAST(:to AS date)
           GROUP BY 1, 2
          HAVING sum(m.leads) > 0
        ), mix AS (
          SELECT c.property_id, c.month, c.label,
                 c.count::numeric / sum(c.count) OVER (PARTITION BY c.property_id, c.month) AS share
            FROM property_monthly_counts c
            JOIN properties p ON p.id = c.property_id
           WHERE ${inScope} AND c.kind = :kind AND c.count > 0 AND ${MONTHS_OF_PERIOD}
        ), split AS (
          SELECT d.month, mix.label, d.leads * coalesce(mix.share, 1) AS leads
            FROM daily d
            LEFT JOIN mix ON mix.property_id = d.property_id AND mix.month = d.month)
        SELECT months.month::text AS month, split.label, coalesce(sum(split.leads), 0)::float8 AS leads,
               (SELECT coalesce(sum(d.leads), 0) FROM daily d WHERE d.month = months.month)::int AS month_total
          FROM months
          LEFT JOIN split USING (month)
         GROUP BY months.month, split.label
         ORDER BY months.month, split.label`,
      { ...period, kind: 'lead_source' },
    );
    const months = monthsOf(rows);
    const total = months.reduce((sum, month) => sum + month.total, 0);
    const leadsOf = new Map<string, number>();
    for (const { source, leads } of months.flatMap((month) => month.sources)) {
      leadsOf.set(source, (leadsOf.get(source) ?? 0) + leads);
    }
    const sources = [...leadsOf]
      .map(([source, leads]) => ({ source, leads, sharePct: percent(leads, total) ?? 0 }))
      .sort(bySource);
    return { ...period, total, sources, months };
  }
}

/** Each month with its leads split into whole counts per source. */
function monthsOf(rows: readonly SplitRow[]): LeadSourceMonthDto[] {
  const splits = new Map<string, { total: number; shares: SplitRow[] }>();
  for (const row of rows) {
    const month = splits.get(row.month) ?? { total: row.month_total, shares: [] };
    if (row.leads > 0) {
      month.shares.push(row);
    }
    splits.set(row.month, month);
  }
  return [...splits].map(([month, { total, shares }]) => {
    const counts = wholeCounts(
      total,
      shares.map((share) => share.leads),
    );
    const sources = shares
      .map((share, index) => ({ source: share.label ?? UNRECORDED_SOURCE, leads: counts[index] ?? 0 }))
      .filter((source) => source.leads > 0)
      .sort(bySource);
    return { month, total, sources };
  });
}
