import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { INCOME_ACCOUNTS, REVENUE_LOSS_ACCOUNTS } from '../../data/financial-accounts';
import { todayIso } from '../days';
import { ViewQueries } from '../view-queries';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import { BookedColumns, bookedMonths, IN_PERIOD_MONTHS, resolveFinancialPeriod } from './months';
import { RevenueDetailDto, RevenueDetailQueryDto, RevenueMonthDto } from './revenue-detail.dto';

/** Months a revenue trend covers at least: a year, so a short period still has months to compare with. */
const TREND_MONTHS = 12;

type RevenueRow = RevenueMonthDto & BookedColumns;

/**
 * Total income month by month against budget, and what it is made of: gross potential rent, the
 * losses taken from it, other income. The P&L gives the accounts over the period; this gives their
 * course over time, so it covers the period's months and, when they are fewer than twelve, the
 * trailing months before them (a one-month period has nothing to compare with on its own). It ends
 * with the last month of the period that has income lines: later months are not closed yet, and a
 * zero there would read as a collapse. Every month up to it is present, zero when it has no line.
 */
@Injectable()
export class RevenueDetailView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
    private readonly clock: Clock,
  ) {}

  async load(auth: ViewCaller, query: RevenueDetailQueryDto): Promise<RevenueDetailDto> {
    const today = todayIso(this.clock.now());
    const period = resolveFinancialPeriod(query, today);
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const rows = await this.queries.rows<RevenueRow>(
      scope,
      (inScope) => `
        WITH booked AS (
          SELECT min(f.month) AS first_month, max(f.month) AS last_month
            FROM financial_lines f JOIN properties p ON p.id = f.property_id
           WHERE ${inScope} AND ${IN_PERIOD_MONTHS} AND f.category = 'income'),
        trend AS (
          SELECT least(date_trunc('month', CAST(:from AS timestamp))::date,
                       (last_month - make_interval(months => CAST(:earlierMonths AS int)))::date) AS first_month,
                 last_month
            FROM booked
           WHERE last_month IS NOT NULL),
        months AS (
          SELECT generate_series(trend.first_month::timestamp, trend.last_month::timestamp, interval '1 month')::date
                   AS month
            FROM trend),
        lines AS (
          SELECT f.month,
                 sum(f.actual) FILTER (WHERE f.account = :gpr) AS gpr,
                 sum(f.actual) FILTER (WHERE f.account = ANY (CAST(:losses AS text[]))) AS losses,
                 sum(f.actual) FILTER (WHERE f.account <> :gpr AND f.account <> ALL (CAST(:losses AS text[]))) AS other,
                 sum(f.actual) AS actual, sum(f.budget) AS budget
            FROM financial_lines f
            JOIN properties p ON p.id = f.property_id
            CROSS JOIN trend
           WHERE ${inScope} AND f.category = 'income' AND f.month BETWEEN trend.first_month AND trend.last_month
           GROUP BY f.month)
        SELECT months.month::text AS month,
               months.month >= date_trunc('month', CAST(:from AS timestamp))::date AS "inPeriod",
               coalesce(lines.gpr, 0)::float8 AS "grossPotentialRent",
               coalesce(lines.losses, 0)::float8 AS losses,
               coalesce(lines.other, 0)::float8 AS "otherIncome",
               coalesce(lines.actual, 0)::float8 AS actual,
               coalesce(lines.budget, 0)::float8 AS budget,
               (SELECT first_month::text FROM booked) AS first_booked,
               (SELECT last_month::text FROM booked) AS last_booked
          FROM months
          LEFT JOIN lines USING (month)
         ORDER BY months.month`,
      {
        ...period,
        earlierMonths: TREND_MONTHS - 1,
        gpr: INCOME_ACCOUNTS.grossPotentialRent,
        losses: REVENUE_LOSS_ACCOUNTS,
      },
    );
    return {
      ...period,
      booked: bookedMonths(rows[0]),
      months: rows.map(({ first_booked: _first, last_booked: _last, ...month }) => month),
    };
  }
}
