import { EXPENSE_ACCOUNTS, INCOME_ACCOUNTS } from '../data/financial-accounts';
import { FinancialCategory } from '../data/portfolio-values';
import { DailyMetricRow, FinancialLineRow, UnitRow } from './portfolio-rows';
import { Random } from './prng';
import { PropertyProfile } from './property-profile';
import { cents, clamp } from './rounding';
import { leasingSeason } from './seasonality';
import { dayOfYear, isoDay, monthStart } from './utc-days';

/** What one month's lines are computed from. */
interface MonthContext {
  readonly day: number;
  readonly units: number;
  /** Gross potential rent of the month: every unit at its market rent of the time. */
  readonly gpr: number;
  /** Rents and costs of the month relative to today's. */
  readonly priceIndex: number;
  readonly vacancyShare: number;
}

interface Account {
  readonly name: string;
  readonly category: FinancialCategory;
  /** The month's actual amount; contra-revenue lines (losses, concessions, bad debt) are negative. */
  readonly amount: (month: MonthContext, income: number) => number;
}

/** Deviation of actuals from budget: a percent or two, never more than five. */
const BUDGET_DEVIATION = 0.015;
const MAX_BUDGET_DEVIATION = 0.05;
const MANAGEMENT_FEE = 0.03;

/**
 * Twenty-four closed months (asOf's month is not closed yet) of a simple income statement:
 * rent and its losses from the units and the daily vacancy, operating costs per unit with
 * their seasons (turns in summer, utilities in summer and winter), actual against budget.
 */
export function generateFinancialLines(
  profile: PropertyProfile,
  units: readonly UnitRow[],
  days: readonly DailyMetricRow[],
): FinancialLineRow[] {
  const random = profile.random('financial-lines');
  const accounts = chartOfAccounts(random, profile, lossToLeaseShare(units));
  const marketRentRoll = units.reduce((sum, unit) => sum + unit.marketRent, 0);
  const vacancyByMonth = monthlyVacancy(days, profile.unitTotal);
  const rows: FinancialLineRow[] = [];
  for (let offset = -24; offset <= -1; offset += 1) {
    const day = monthStart(profile.asOf, offset);
    const month = isoDay(day);
    const priceIndex = 1 - profile.rentGrowth * ((profile.asOf - day - 15) / 365);
    const context: MonthContext = {
      day,
      units: profile.unitTotal,
      gpr: marketRentRoll * priceIndex,
      priceIndex,
      // The oldest closed month may start before the daily metrics: it takes their first month's vacancy.
      vacancyShare: vacancyByMonth.get(month) ?? vacancyByMonth.values().next().value ?? 0,
    };
    let income = 0;
    for (const account of accounts) {
      const actual = cents(account.amount(context, income));
      if (account.category === 'income') {
        income += actual;
      }
      const deviation = clamp(random.normal(0, BUDGET_DEVIATION), -MAX_BUDGET_DEVIATION, MAX_BUDGET_DEVIATION);
      rows.push({
        propertyId: profile.property.id,
        month,
        account: account.name,
        category: account.category,
        actual,
        budget: cents(actual / (1 + deviation)),
      });
    }
  }
  return rows;
}

/** Income first: the management fee is a share of the month's income. */
function chartOfAccounts(random: Random, profile: PropertyProfile, lossToLease: number): Account[] {
  const badDebt = 0.004 + profile.delinquentShare * 0.06;
  const concessions = random.between(0.004, 0.01);
  // Dollars per unit and month at today's prices.
  const otherIncome = random.between(55, 95);
  const payroll = random.between(105, 140);
  const repairs = random.between(45, 70);
  const utilities = random.between(60, 90);
  const marketing = random.between(8, 14);
  const taxes = random.between(120, 190) * profile.marketLevel;
  const insurance = random.between(35, 55);
  const perUnit = (month: MonthContext, dollars: number) => month.units * dollars * month.priceIndex;
  return [
    { name: INCOME_ACCOUNTS.grossPotentialRent, category: 'income', amount: (month) => month.gpr },
    { name: INCOME_ACCOUNTS.lossToLease, category: 'income', amount: (month) => -month.gpr * lossToLease },
    { name: INCOME_ACCOUNTS.vacancyLoss, category: 'income', amount: (month) => -month.gpr * month.vacancyShare },
    // Winter specials: concessions rise when demand falls.
    {
      name: INCOME_ACCOUNTS.concessions,
      category: 'income',
      amount: (month) => -month.gpr * concessions * (2 - leasingSeason(month.day)),
    },
    { name: INCOME_ACCOUNTS.badDebt, category: 'income', amount: (month) => -month.gpr * badDebt },
    { name: INCOME_ACCOUNTS.otherIncome, category: 'income', amount: (month) => perUnit(month, otherIncome) },
    { name: EXPENSE_ACCOUNTS.payroll, category: 'expense', amount: (month) => perUnit(month, payroll) },
    // Turning units between residents is most of the summer's repair work.
    {
      name: EXPENSE_ACCOUNTS.repairsAndMaintenance,
      category: 'expense',
      amount: (month) => perUnit(month, repairs) * leasingSeason(month.day),
    },
    {
      name: EXPENSE_ACCOUNTS.utilities,
      category: 'expense',
      amount: (month) => perUnit(month, utilities) * utilitySeason(month.day),
    },
    {
      name: EXPENSE_ACCOUNTS.marketing,
      category: 'expense',
      amount: (month) => perUnit(month, marketing) * leasingSeason(month.day),
    },
    { name: EXPENSE_ACCOUNTS.managementFees, category: 'expense', amount: (_month, income) => income * MANAGEMENT_FEE },
    { name: EXPENSE_ACCOUNTS.propertyTaxes, category: 'expense', amount: (month) => perUnit(month, taxes) },
    { name: EXPENSE_ACCOUNTS.insurance, category: 'expense', amount: (month) => perUnit(month, insurance) },
  ];
}

/** Cooling in July and heating in January cost the most. */
function utilitySeason(day: number): number {
  return 1 + 0.18 * Math.cos((4 * Math.PI * (dayOfYear(day) - 15)) / 365.25);
}

/** How far the residents' rents are below the market today (leases signed ahead are not in place yet). */
function lossToLeaseShare(units: readonly UnitRow[]): number {
  let market = 0;
  let leased = 0;
  for (const unit of units) {
    if (unit.currentRent !== null && unit.status !== 'vacant') {
      market += unit.marketRent;
      leased += unit.currentRent;
    }
  }
  return market === 0 ? 0 : clamp(1 - leased / market, 0.005, 0.08);
}

/** The average vacant share of each month's days, by month (`YYYY-MM-01`). */
function monthlyVacancy(days: readonly DailyMetricRow[], units: number): Map<string, number> {
  const sums = new Map<string, { vacant: number; days: number }>();
  for (const day of days) {
    const month = `${day.metricDate.slice(0, 7)}-01`;
    const sum = sums.get(month) ?? { vacant: 0, days: 0 };
    sum.vacant += day.vacant;
    sum.days += 1;
    sums.set(month, sum);
  }
  return new Map([...sums].map(([month, sum]) => [month, sum.vacant / sum.days / units]));
}
