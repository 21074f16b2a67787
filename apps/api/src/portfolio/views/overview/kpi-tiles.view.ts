import { Injectable } from '@nestjs/common';
import { ViewQueries } from '../view-queries';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import { KpiTilesDto, KpiTilesQueryDto, KpiValueDto } from './kpi-tiles.dto';

type Measure = 'occupancy' | 'leased' | 'vacancy' | 'vacant' | 'notice' | 'atr';

/**
 * The columns of `day`, one row per property: its reported day's values (columns prefixed
 * `day`) and those of 30 days before (prefixed `before`, null without that day).
 */
function dayColumns(day: string, before: string): string {
  return `p.unit_count AS units, ${day}metric_date, ${day}occupancy_pct, ${day}leased_pct, ${day}vacant,
                 ${day}notice, ${day}available_to_rent, ${day}vacant * 100.0 / nullif(p.unit_count, 0) AS vacancy,
                 ${before}occupancy_pct AS prev_occupancy, ${before}leased_pct AS prev_leased,
                 ${before}vacant * 100.0 / nullif(p.unit_count, 0) AS prev_vacancy,
                 ${before}vacant AS prev_vacant, ${before}notice AS prev_notice, ${before}available_to_rent AS prev_atr`;
}

/** Each property's latest day, from the summary the database keeps of it. */
const LATEST_DAYS = `
          SELECT ${dayColumns('l.', 'l.prior_')}
            FROM properties p
            JOIN property_latest_metrics l ON l.property_id = p.id AND l.metric_date IS NOT NULL`;

/** Each property's latest day up to `:asOf`, from the daily metrics. */
const DAYS_UP_TO = `
          SELECT ${dayColumns('cur.', 'prev.')}
            FROM properties p
            CROSS JOIN LATERAL (
              SELECT metric_date, occupancy_pct, leased_pct, vacant, notice, available_to_rent
                FROM property_daily_metrics
               WHERE property_id = p.id AND metric_date <= CAST(:asOf AS date)
               ORDER BY metric_date DESC
               LIMIT 1) cur
            LEFT JOIN property_daily_metrics prev
              ON prev.property_id = p.id AND prev.metric_date = cur.metric_date - 30`;

type KpiRow = { as_of: string | null; properties: number; units: number } & Record<Measure, number | null> &
  Record<`${Measure}_change`, number | null>;

/**
 * Occupancy, leasing and availability on each property's latest day (up to `asOf`) against
 * 30 days before it. Without `asOf`, those two days of each property are one row of
 * `property_latest_metrics`, which the database keeps up to date; with it, one index probe per
 * property (LATERAL … LIMIT 1 on the metrics' primary key), so either way the cost follows the
 * number of properties, not the length of the history. Percentages are weighted by unit count,
 * as an owner reads a portfolio; changes compare each property with itself, over the properties
 * that have data 30 days earlier.
 */
@Injectable()
export class KpiTilesView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
  ) {}

  async load(auth: ViewCaller, query: KpiTilesQueryDto): Promise<KpiTilesDto> {
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const row = await this.queries.row<KpiRow>(
      scope,
      (inScope) => `
        WITH day AS (${query.asOf === undefined ? LATEST_DAYS : DAYS_UP_TO}
           WHERE ${inScope})
        SELECT max(metric_date)::text AS as_of,
               count(*)::int AS properties,
               coalesce(sum(units), 0)::int AS units,
               (sum(occupancy_pct * units) / nullif(sum(units), 0))::float8 AS occupancy,
               (sum(leased_pct * units) / nullif(sum(units), 0))::float8 AS leased,
               (sum(vacant) * 100.0 / nullif(sum(units), 0))::float8 AS vacancy,
               sum(vacant)::float8 AS vacant,
               sum(notice)::float8 AS notice,
               sum(available_to_rent)::float8 AS atr,
               (sum((occupancy_pct - prev_occupancy) * units) / nullif(sum(units) FILTER (WHERE prev_occupancy IS NOT NULL), 0))::float8
                 AS occupancy_change,
               (sum((leased_pct - prev_leased) * units) / nullif(sum(units) FILTER (WHERE prev_leased IS NOT NULL), 0))::float8
                 AS leased_change,
               (sum((vacancy - prev_vacancy) * units) / nullif(sum(units) FILTER (WHERE prev_vacancy IS NOT NULL), 0))::float8
                 AS vacancy_change,
               sum(vacant - prev_vacant)::float8 AS vacant_change,
               sum(notice - prev_notice)::float8 AS notice_change,
               sum(available_to_rent - prev_atr)::float8 AS atr_change
          FROM day`,
      query.asOf === undefined ? {} : { asOf: query.asOf },
    );
    const tile = (measure: Measure): KpiValueDto => ({
      value: round(row[measure] ?? 0),
      change30d: row[`${measure}_change`] === null ? null : round(row[`${measure}_change`] ?? 0),
    });
    return {
      asOf: row.as_of,
      properties: row.properties,
      units: row.units,
      occupancyPct: tile('occupancy'),
      leasedPct: tile('leased'),
      vacancyPct: tile('vacancy'),
      vacantUnits: tile('vacant'),
      noticeUnits: tile('notice'),
      availableToRent: tile('atr'),
    };
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
