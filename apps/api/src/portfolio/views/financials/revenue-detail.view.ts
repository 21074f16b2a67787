import { Injectable } from '@nestjs/common';
import { AuthContext } from '../../../auth/auth-context';
import { Clock } from '../../../common/clock';
import { ACCOUNT_ORDER } from '../../data/financial-accounts';
import { todayIso } from '../days';
import { ViewQueries } from '../view-queries';
import { ViewScopeResolver } from '../view-scope.resolver';
import { BookedColumns, bookedMonths, IN_PERIOD_MONTHS, resolveFinancialPeriod } from './months';
import { RevenueAccountDto, RevenueDetailDto, RevenueDetailQueryDto } from './revenue-detail.dto';

type RevenueRow = { account: string; month: string; actual: number; budget: number } & BookedColumns;

/**
 * Each income account month by month, actual against budget. Every month of the period up to the
 * last booked one is present for every account (zero when a month has no line), so charts need
 * no gap filling; months after it are not closed yet, and a zero there would read as a collapse.
 */
@Injectable()
export class RevenueDetailView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
    private readonly clock: Clock,
  ) {}

  async load(auth: AuthContext, query: RevenueDetailQueryDto): Promise<RevenueDetailDto> {
    const today = todayIso(this.clock.now());
    const period = resolveFinancialPeriod(query, today);
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const rows = await this.queries.rows<RevenueRow>(
      scope,
      (inScope) => `
        WITH lines AS (
          SELECT f.account, f.month, sum(f.actual) AS actual, sum(f.budget) AS budget
            FROM financial_lines f JOIN properties p ON p.id = f.property_id
           WHERE ${inScope} AND ${IN_PERIOD_MONTHS} AND f.category = 'income'
           GROUP BY f.account, f.month),
        booked AS (SELECT min(month) AS first_month, max(month) AS last_month FROM lines),
        months AS (
          SELECT generate_series(date_trunc('month', CAST(:from AS date)), booked.last_month::timestamp,
                                 interval '1 month')::date AS month
            FROM booked),
        accounts AS (SELECT DISTINCT account FROM lines)
        SELECT a.account, m.month::text AS month,
               coalesce(l.actual, 0)::float8 AS actual, coalesce(l.budget, 0)::float8 AS budget,
               (SELECT first_month::text FROM booked) AS first_booked,
               (SELECT last_month::text FROM booked) AS last_booked
          FROM accounts a
          CROSS JOIN months m
          LEFT JOIN lines l ON l.account = a.account AND l.month = m.month
         ORDER BY array_position(CAST(:accounts AS text[]), a.account) NULLS LAST, a.account, m.month`,
      { ...period, accounts: ACCOUNT_ORDER },
    );
    const accounts = new Map<string, RevenueAccountDto>();
    for (const { account, month, actual, budget } of rows) {
      const entry = accounts.get(account) ?? { account, months: [] };
      entry.months.push({ month, actual, budget });
      accounts.set(account, entry);
    }
    return { ...period, booked: bookedMonths(rows[0]), accounts: [...accounts.values()] };
  }
}
