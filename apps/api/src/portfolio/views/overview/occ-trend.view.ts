import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { todayIso } from '../days';
import { resolvePeriod } from '../period';
import { ViewQueries } from '../view-queries';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import { OccTrendDto, OccTrendPointDto, OccTrendQueryDto } from './occ-trend.dto';

const DEFAULT_DAYS = 365;

/**
 * Occupancy and leased % per week or month from the daily metrics. Each point averages the
 * property-days of its period, weighted by unit count, so a large property weighs as much as
 * its units; periods without data still appear (generate_series) with nulls, so charts show gaps.
 * The first and last week or month are clipped to the period and named by their real first day,
 * so a chart never starts before the period picked.
 */
@Injectable()
export class OccTrendView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
    private readonly clock: Clock,
  ) {}

  async load(auth: ViewCaller, query: OccTrendQueryDto): Promise<OccTrendDto> {
    const today = todayIso(this.clock.now());
    const period = resolvePeriod(query, DEFAULT_DAYS, today);
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const points = await this.queries.rows<OccTrendPointDto>(
      scope,
      (inScope) => `
        WITH periods AS (
          SELECT generate_series(date_trunc(:grain, CAST(:from AS timestamp)), CAST(:to AS timestamp),
                                 CAST('1 ' || :grain AS interval))::date AS period_start
        ), measured AS (
          SELECT date_trunc(:grain, m.metric_date::timestamp)::date AS period_start,
                 sum(m.occupancy_pct * p.unit_count) / nullif(sum(p.unit_count), 0) AS occupancy,
                 sum(m.leased_pct * p.unit_count) / nullif(sum(p.unit_count), 0) AS leased
            FROM property_daily_metrics m
            JOIN properties p ON p.id = m.property_id
           WHERE ${inScope} AND m.metric_date BETWEEN CAST(:from AS date) AND CAST(:to AS date)
           GROUP BY 1)
        SELECT greatest(periods.period_start, CAST(:from AS date))::text AS "periodStart",
               least((periods.period_start + CAST('1 ' || :grain AS interval))::date - 1,
                     CAST(:to AS date))::text AS "periodEnd",
               round(measured.occupancy, 1)::float8 AS "occupancyPct",
               round(measured.leased, 1)::float8 AS "leasedPct"
          FROM periods
          LEFT JOIN measured USING (period_start)
         ORDER BY periods.period_start`,
      { grain: query.interval, from: period.from, to: period.to },
    );
    return { ...period, interval: query.interval, points };
  }
}
