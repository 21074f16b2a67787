import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { todayIso } from '../days';
import { LIVED_IN, percentSql } from '../unit-states';
import { ViewQueries } from '../view-queries';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import { ForecastDto, ForecastQueryDto, ForecastWeekDto } from './forecast.dto';

const WEEKS = 13;

type ForecastRow = ForecastWeekDto & { units: number; occupied_now: number; occupancy_pct_now: number | null };

/**
 * Projected occupancy from the leases already known (the method is in ForecastDto). Each
 * known move-out and move-in is placed in its week, and a running sum over the weeks turns
 * them into occupancy: one query over the units in scope.
 */
@Injectable()
export class ForecastView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
    private readonly clock: Clock,
  ) {}

  async load(auth: ViewCaller, query: ForecastQueryDto): Promise<ForecastDto> {
    const asOf = query.asOf ?? todayIso(this.clock.now());
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const rows = await this.queries.rows<ForecastRow>(
      scope,
      (inScope) => `
        WITH u AS (
          SELECT u.status, u.renewal_status, u.lease_start, u.lease_end
            FROM units u
            JOIN properties p ON p.id = u.property_id
           WHERE ${inScope}
        ), now AS (
          SELECT count(*) AS units, count(*) FILTER (WHERE ${LIVED_IN}) AS occupied FROM u
        ), moves AS (
          SELECT greatest(1, ceil((u.lease_end - CAST(:asOf AS date)) / 7.0))::int AS week, -1 AS change
            FROM u
           WHERE ${LIVED_IN} AND (u.status = 'notice' OR u.renewal_status = 'vacating') AND u.lease_end IS NOT NULL
          UNION ALL
          SELECT ceil((u.lease_start - CAST(:asOf AS date)) / 7.0)::int, 1
            FROM u
           WHERE u.status = 'vacant' AND u.lease_start > CAST(:asOf AS date)
        ), weeks AS (
          SELECT w.week, count(moves.change) FILTER (WHERE moves.change < 0) AS move_outs,
                 count(moves.change) FILTER (WHERE moves.change > 0) AS move_ins
            FROM generate_series(1, :weeks) AS w(week)
            LEFT JOIN moves USING (week)
           GROUP BY w.week
        ), projected AS (
          SELECT weeks.*, now.units, now.occupied,
                 now.occupied + sum(weeks.move_ins - weeks.move_outs) OVER (ORDER BY weeks.week) AS occupied_then
            FROM weeks CROSS JOIN now)
        SELECT week, (CAST(:asOf AS date) + 7 * week - 6)::text AS "weekStart",
               (CAST(:asOf AS date) + 7 * week)::text AS "weekEnd",
               move_outs::int AS "moveOuts", move_ins::int AS "moveIns",
               occupied_then::int AS "projectedOccupied",
               ${percentSql('occupied_then', 'units')} AS "projectedOccupancyPct",
               units::int AS units, occupied::int AS occupied_now,
               ${percentSql('occupied', 'units')} AS occupancy_pct_now
          FROM projected
         ORDER BY week`,
      { asOf, weeks: WEEKS },
    );
    const [first] = rows as [ForecastRow, ...ForecastRow[]];
    return {
      asOf,
      units: first.units,
      occupiedNow: first.occupied_now,
      occupancyPctNow: first.occupancy_pct_now,
      weeks: rows.map(({ units: _units, occupied_now: _occupied, occupancy_pct_now: _pct, ...week }) => week),
    };
  }
}
