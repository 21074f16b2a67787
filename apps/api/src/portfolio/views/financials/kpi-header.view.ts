import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { INCOME_ACCOUNTS } from '../../data/financial-accounts';
import { todayIso } from '../days';
import { percent } from '../ratios';
import { ViewQueries } from '../view-queries';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import { FinancialKpiHeaderDto, FinancialKpiHeaderQueryDto } from './kpi-header.dto';
import { BOOKED_MONTHS, BookedColumns, bookedMonths, IN_PERIOD_MONTHS, resolveFinancialPeriod } from './months';

type Side = 'actual' | 'budget';

/** The sums behind the ratios, once for actuals and once for budget. */
type Sums = { gpr: number; collectible: number; bad_debt: number; income: number; expense: number; noi: number };

type KpiRow = { [K in keyof Sums as `${Side}_${K}`]: number } & BookedColumns;

/**
 * The headline ratios of the income statement, actual against budget. Contra-revenue lines are
 * negative, so "GPR less vacancy loss, concessions and bad debt" is a sum of those lines, and
 * bad debt's share of GPR is its negated sum. One query sums both sides.
 */
@Injectable()
export class FinancialKpiHeaderView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
    private readonly clock: Clock,
  ) {}

  async load(auth: ViewCaller, query: FinancialKpiHeaderQueryDto): Promise<FinancialKpiHeaderDto> {
    const today = todayIso(this.clock.now());
    const period = resolveFinancialPeriod(query, today);
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const sums = (side: Side) => `
      coalesce(sum(f.${side}) FILTER (WHERE f.account = :gpr), 0)::float8 AS ${side}_gpr,
      coalesce(sum(f.${side}) FILTER (WHERE f.account IN (:gpr, :vacancyLoss, :concessions, :badDebt)), 0)::float8
        AS ${side}_collectible,
      coalesce(sum(f.${side}) FILTER (WHERE f.account = :badDebt), 0)::float8 AS ${side}_bad_debt,
      coalesce(sum(f.${side}) FILTER (WHERE f.category = 'income'), 0)::float8 AS ${side}_income,
      coalesce(sum(f.${side}) FILTER (WHERE f.category = 'expense'), 0)::float8 AS ${side}_expense,
      coalesce(sum(CASE WHEN f.category = 'income' THEN f.${side} ELSE -f.${side} END), 0)::float8 AS ${side}_noi`;
    const row = await this.queries.row<KpiRow>(
      scope,
      (inScope) => `
        SELECT ${sums('actual')}, ${sums('budget')}, ${BOOKED_MONTHS}
          FROM financial_lines f JOIN properties p ON p.id = f.property_id
         WHERE ${inScope} AND ${IN_PERIOD_MONTHS}`,
      {
        ...period,
        gpr: INCOME_ACCOUNTS.grossPotentialRent,
        vacancyLoss: INCOME_ACCOUNTS.vacancyLoss,
        concessions: INCOME_ACCOUNTS.concessions,
        badDebt: INCOME_ACCOUNTS.badDebt,
      },
    );
    const kpi = (ratio: (sums: Sums) => number | null) => ({
      actual: ratio(sideOf(row, 'actual')),
      budget: ratio(sideOf(row, 'budget')),
    });
    return {
      ...period,
      booked: bookedMonths(row),
      economicOccupancyPct: kpi((s) => percent(s.collectible, s.gpr)),
      badDebtPct: kpi((s) => percent(-s.bad_debt, s.gpr)),
      noi: kpi((s) => s.noi),
      noiMarginPct: kpi((s) => percent(s.noi, s.income)),
      expenseRatioPct: kpi((s) => percent(s.expense, s.income)),
    };
  }
}

function sideOf(row: KpiRow, side: Side): Sums {
  return {
    gpr: row[`${side}_gpr`],
    collectible: row[`${side}_collectible`],
    bad_debt: row[`${side}_bad_debt`],
    income: row[`${side}_income`],
    expense: row[`${side}_expense`],
    noi: row[`${side}_noi`],
  };
}
