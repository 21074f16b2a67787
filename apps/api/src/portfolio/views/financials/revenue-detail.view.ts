import { Injectable } from '@nestjs/common';
import { AuthContext } from '../../../auth/auth-context';
import { ACCOUNT_ORDER } from '../../data/financial-accounts';
import { resolvePeriod } from '../period';
import { ViewQueries } from '../view-queries';
import { ViewScopeResolver } from '../view-scope.resolver';
import { DEFAULT_FINANCIAL_DAYS, IN_PERIOD_MONTHS } from './months';
import { RevenueAccountDto, RevenueDetailDto, RevenueDetailQueryDto } from './revenue-detail.dto';

type RevenueRow = { account: string; month: string; actual: number; budget: number };

/**
 * Each income account month by month, actual against budget. Every month of the period is
 * present for every account (zero when a month has no line), so charts need no gap filling.
 */
@Injectable()
export class RevenueDetailView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
  ) {}

  async load(auth: AuthContext, query: RevenueDetailQueryDto): Promise<RevenueDetailDto> {
    const period = resolvePeriod(query, DEFAULT_FINANCIAL_DAYS);
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const rows = await this.queries.rows<RevenueRow>(
      scope,
      (inScope) => `
        WITH lines AS (
          SELECT f.account, f.month, sum(f.actual) AS actual, sum(f.budget) AS budget
            FROM financial_lines f JOIN properties p ON p.id = f.property_id
           WHERE ${inScope} AND ${IN_PERIOD_MONTHS} AND f.category = 'income'
           GROUP BY f.account, f.month),
        months AS (
          SELECT generate_series(date_trunc('month', (CAST(:from AS date) - 1)::timestamp) + interval '1 month',
                                 CAST(:to AS date)::timestamp, interval '1 month')::date AS month),
        accounts AS (SELECT DISTINCT account FROM lines)
        SELECT a.account, m.month::text AS month,
               coalesce(l.actual, 0)::float8 AS actual, coalesce(l.budget, 0)::float8 AS budget
          FROM accounts a
          CROSS JOIN months m
          LEFT JOIN lines l ON l.account = a.account AND l.month = m.month
         ORDER BY array_position(CAST(:accounts AS text[]), a.account) NULLS LAST, a.account, m.month`,
      { ...period, accounts: ACCOUNT_ORDER },
    );
    const accounts = new Map<string, RevenueAccountDto>();
    for (const { account, ...month } of rows) {
      const entry = accounts.get(account) ?? { account, months: [] };
      entry.months.push(month);
      accounts.set(account, entry);
    }
    return { ...period, accounts: [...accounts.values()] };
  }
}
