import { formatDate, formatMonth, parseDay } from '../format';

/** The whole days from one `YYYY-MM-DD` to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round(((parseDay(to) ?? 0) - (parseDay(from) ?? 0)) / 86_400_000);
}

/** A period of a trend by its first day, to go in a sentence: "Nov 2026", "the week of Nov 16, 2026". */
export function describePeriod(periodStart: string, interval: 'week' | 'month'): string {
  return interval === 'month' ? formatMonth(periodStart) : `the week of ${formatDate(periodStart)}`;
}
