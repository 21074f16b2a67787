import { formatCurrency, formatNumber, formatPercent, formatSigned, MINUS, NO_VALUE } from '../format';
import type { Better, KpiChange } from '../kpi-tile';

/** An actual figure against its budget, as the financials routes give it. */
export interface BudgetFigures {
  readonly actual: number;
  readonly budget: number;
  /** Actual minus budget. */
  readonly variance: number;
  /** The variance as a percentage of the budget's size; null when the budget is zero. */
  readonly variancePct: number | null;
}

export type Tone = KpiChange['tone'];

/** Whether a variance is good news: income above budget is, expense above budget is not. */
export interface Outcome {
  readonly tone: Tone;
  readonly label: 'Favorable' | 'Unfavorable' | 'On budget';
}

/** Whole dollars, negative amounts (contra-revenue lines, a loss) with a true minus sign. */
export function formatDollars(value: number | null): string {
  return value !== null && value > 0 ? formatCurrency(value) : formatSigned(value, formatCurrency);
}

/**
 * A variance too small to show (under half a dollar, or half a tenth of a point) reads as on
 * budget rather than as a tiny miss.
 */
export function outcomeOf(variance: number, better: Better, smallestShown = 1): Outcome {
  if (Math.abs(variance) < smallestShown / 2) {
    return { tone: 'neutral', label: 'On budget' };
  }
  return variance > 0 === (better === 'up')
    ? { tone: 'good', label: 'Favorable' }
    : { tone: 'bad', label: 'Unfavorable' };
}

/** Actual, budget and variance summed from parts, with the variance share worked out as the API does. */
export function sumFigures(parts: readonly { readonly actual: number; readonly budget: number }[]): BudgetFigures {
  const cents = (value: number) => Math.round(value * 100) / 100;
  const actual = cents(parts.reduce((sum, part) => sum + part.actual, 0));
  const budget = cents(parts.reduce((sum, part) => sum + part.budget, 0));
  const variance = cents(actual - budget);
  return {
    actual,
    budget,
    variance,
    variancePct: budget === 0 ? null : Math.round((variance * 1000) / Math.abs(budget)) / 10,
  };
}

export interface KpiBudgetDefinition {
  readonly kind: 'percent' | 'currency';
  readonly better: Better;
}

/** How a headline figure compares with its budget; percentages differ in percentage points. */
export function budgetChange(actual: number | null, budget: number | null, kpi: KpiBudgetDefinition): KpiChange | null {
  if (actual === null || budget === null) {
    return null;
  }
  const difference = actual - budget;
  const amount = Math.abs(difference);
  const budgetText = formatKpiFigure(budget, kpi);
  const magnitude = kpi.kind === 'percent' ? formatNumber(amount, 1) : formatCurrency(amount);
  const outcome = outcomeOf(difference, kpi.better, kpi.kind === 'percent' ? 0.1 : 1);
  if (outcome.label === 'On budget') {
    return { direction: 'flat', tone: 'neutral', text: 'On budget', description: `On the budget of ${budgetText}` };
  }
  const shown = kpi.kind === 'percent' ? `${magnitude} pts` : magnitude;
  const words = kpi.kind === 'percent' ? `${magnitude} ${magnitude === '1' ? 'point' : 'points'}` : magnitude;
  const direction = difference > 0 ? 'up' : 'down';
  return {
    direction,
    tone: outcome.tone,
    text: `${direction === 'up' ? '+' : MINUS}${shown} vs budget`,
    description: `${words} ${direction === 'up' ? 'above' : 'below'} the budget of ${budgetText}, ${outcome.label.toLowerCase()}`,
  };
}

export function formatKpiFigure(value: number | null, kpi: KpiBudgetDefinition): string {
  if (value === null) {
    return NO_VALUE;
  }
  return kpi.kind === 'percent' ? formatPercent(value) : formatDollars(value);
}
