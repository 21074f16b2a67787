import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { ACCOUNT_ORDER } from '../../data/financial-accounts';
import { FinancialCategory } from '../../data/portfolio-values';
import { todayIso } from '../days';
import { ViewQueries } from '../view-queries';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import { budgetComparison } from './budget-comparison';
import { BOOKED_MONTHS, BookedColumns, bookedMonths, IN_PERIOD_MONTHS, resolveFinancialPeriod } from './months';
import { PnlDto, PnlQueryDto, PnlSectionDto } from './pnl.dto';

/** A row per account, per category (account null) and for the whole statement (both null). */
type PnlRow = {
  category: FinancialCategory | null;
  account: string | null;
  actual: number;
  budget: number;
  variance: number;
  noi_actual: number;
  noi_budget: number;
  noi_variance: number;
} & BookedColumns;

/**
 * The income statement over a period, actual against budget. One query with grouping sets
 * gives the account lines, the section subtotals and NOI (income counted positive, expense
 * negative) together, all summed in the database.
 */
@Injectable()
export class PnlView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
    private readonly clock: Clock,
  ) {}

  async load(auth: ViewCaller, query: PnlQueryDto): Promise<PnlDto> {
    const today = todayIso(this.clock.now());
    const period = resolveFinancialPeriod(query, today);
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const rows = await this.queries.rows<PnlRow>(
      scope,
      (inScope) => `
        WITH lines AS (
          SELECT f.category, f.account, f.month, f.actual, f.budget,
                 CASE WHEN f.category = 'income' THEN 1 ELSE -1 END AS sign
            FROM financial_lines f JOIN properties p ON p.id = f.property_id
           WHERE ${inScope} AND ${IN_PERIOD_MONTHS})
        SELECT category, account,
               coalesce(sum(actual), 0)::float8 AS actual,
               coalesce(sum(budget), 0)::float8 AS budget,
               coalesce(sum(actual - budget), 0)::float8 AS variance,
               coalesce(sum(sign * actual), 0)::float8 AS noi_actual,
               coalesce(sum(sign * budget), 0)::float8 AS noi_budget,
               coalesce(sum(sign * (actual - budget)), 0)::float8 AS noi_variance,
               ${BOOKED_MONTHS}
          FROM lines f
         GROUP BY GROUPING SETS ((category, account), (category), ())
         ORDER BY array_position(CAST(:accounts AS text[]), account) NULLS LAST, account`,
      { ...period, accounts: ACCOUNT_ORDER },
    );
    const section = (category: FinancialCategory): PnlSectionDto => {
      const total = rows.find((row) => row.category === category && row.account === null);
      return {
        accounts: rows
          .filter((row) => row.category === category && row.account !== null)
          .map((row) => ({ account: row.account as string, ...budgetComparison(row) })),
        total: budgetComparison(total ?? { actual: 0, budget: 0, variance: 0 }),
      };
    };
    const statement = rows.find((row) => row.category === null);
    return {
      ...period,
      booked: bookedMonths(statement),
      income: section('income'),
      expense: section('expense'),
      noi: budgetComparison({
        actual: statement?.noi_actual ?? 0,
        budget: statement?.noi_budget ?? 0,
        variance: statement?.noi_variance ?? 0,
      }),
    };
  }
}
