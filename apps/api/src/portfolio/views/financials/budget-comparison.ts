import { percent } from '../ratios';
import { BudgetComparisonDto } from './budget-comparison.dto';

/** A comparison from SQL sums; the variance comes from SQL too, so cents stay exact. */
export function budgetComparison(sums: { actual: number; budget: number; variance: number }): BudgetComparisonDto {
  return {
    actual: sums.actual,
    budget: sums.budget,
    variance: sums.variance,
    variancePct: percent(sums.variance, Math.abs(sums.budget)),
  };
}
