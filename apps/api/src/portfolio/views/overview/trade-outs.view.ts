import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { todayIso } from '../days';
import { resolvePeriod } from '../period';
import { orderBy } from '../sorting';
import { ViewQueries } from '../view-queries';
import { ViewCaller, ViewScope, ViewScopeResolver } from '../view-scope.resolver';
import { TradeOutRowDto, TradeOutsDto, TradeOutSortKey, TradeOutsQueryDto } from './trade-outs.dto';

const DEFAULT_DAYS = 90;

const SORT_COLUMNS: Record<TradeOutSortKey, string> = {
  leaseStart: 't."leaseStart"',
  change: 't.change',
  changePct: 't.change_exact',
  previousRent: 't."previousRent"',
  newRent: 't."newRent"',
  unitNumber: 't."unitNumber"',
  propertyName: 't."propertyName"',
};

type Totals = { total: number; average_change: number | null; average_change_pct: number | null };
type TradeOutRow = TradeOutRowDto & Totals;

/** The trade-outs of the period: units whose lease started in it and whose previous rent is known. */
function tradeOuts(inScope: string): string {
  return `
    WITH t AS (
      SELECT u.id AS "unitId", p.id AS "propertyId", p.name AS "propertyName", u.unit_number AS "unitNumber",
             u.floorplan, u.lease_start AS "leaseStart", u.previous_rent AS "previousRent", u.current_rent AS "newRent",
             u.current_rent - u.previous_rent AS change,
             (u.current_rent - u.previous_rent) * 100.0 / nullif(u.previous_rent, 0) AS change_exact
        FROM units u
        JOIN properties p ON p.id = u.property_id
       WHERE ${inScope} AND u.lease_start BETWEEN CAST(:from AS date) AND CAST(:to AS date)
         AND u.previous_rent IS NOT NULL AND u.current_rent IS NOT NULL)`;
}

/**
 * Rent change from the previous lease to the new one, per unit, without resident names. The
 * count and the averages over every page come from window functions of the page's query.
 */
@Injectable()
export class TradeOutsView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
    private readonly clock: Clock,
  ) {}

  async load(auth: ViewCaller, query: TradeOutsQueryDto): Promise<TradeOutsDto> {
    const today = todayIso(this.clock.now());
    const period = resolvePeriod(query, DEFAULT_DAYS, today);
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const rows = await this.queries.rows<TradeOutRow>(
      scope,
      (inScope) => `${tradeOuts(inScope)}
        SELECT t."unitId", t."propertyId", t."propertyName", t."unitNumber", t.floorplan, t."leaseStart"::text AS "leaseStart",
               t."previousRent"::float8 AS "previousRent", t."newRent"::float8 AS "newRent", t.change::float8 AS change,
               round(t.change_exact, 1)::float8 AS "changePct",
               count(*) OVER ()::int AS total,
               round(avg(t.change) OVER (), 2)::float8 AS average_change,
               round(avg(t.change_exact) OVER (), 1)::float8 AS average_change_pct
          FROM t
         ${orderBy(query.sort, SORT_COLUMNS, 't."unitId"')}
         LIMIT :limit OFFSET :offset`,
      { ...period, limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
    );
    const totals = rows[0] ?? (await this.totals(scope, period));
    return {
      ...period,
      items: rows.map(
        ({ total: _total, average_change: _averageChange, average_change_pct: _averageChangePct, ...row }) => row,
      ),
      total: totals.total,
      averageChange: totals.average_change,
      averageChangePct: totals.average_change_pct,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** Past the last page the window functions have no row to ride on. */
  private totals(scope: ViewScope, period: { from: string; to: string }): Promise<Totals> {
    return this.queries.row(
      scope,
      (inScope) => `${tradeOuts(inScope)}
        SELECT count(*)::int AS total, round(avg(t.change), 2)::float8 AS average_change,
               round(avg(t.change_exact), 1)::float8 AS average_change_pct
          FROM t`,
      { ...period },
    );
  }
}
