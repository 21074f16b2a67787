import type { DateRange } from './date-range';
import { formatDate, formatShortDate, parseDay } from './format';

/** Consecutive days, both ends included, as `YYYY-MM-DD`: a week or a month of a chart, clipped to the period. */
export interface DaySpan {
  readonly start: string;
  readonly end: string;
}

/** The whole days from one `YYYY-MM-DD` to another: 0 from a day to itself. */
export function daysBetween(from: string, to: string): number {
  return Math.round(((parseDay(to) ?? 0) - (parseDay(from) ?? 0)) / 86_400_000);
}

/** The last day of the month of a `YYYY-MM-DD` day. */
function lastOfMonth(day: string): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The days of the month starting on `month` (its first day) that fall within `period`. */
export function monthWithin(month: string, period: DateRange): DaySpan {
  const last = lastOfMonth(month);
  return { start: month > period.from ? month : period.from, end: last < period.to ? last : period.to };
}

/** Whether the days are one whole calendar month. */
export function isWholeMonth({ start, end }: DaySpan): boolean {
  return start.endsWith('-01') && end === lastOfMonth(start);
}

const dayOfMonth = (day: string) => String(Number(day.slice(8, 10)));

/** Days in a sentence: "Oct 24, 2026", "Oct 24–31, 2026", "Oct 24 – Nov 2, 2026", "Dec 28, 2026 – Jan 3, 2027". */
export function formatSpan(span: DaySpan): string {
  const { start, end } = span;
  const year = start.slice(0, 4);
  if (start === end) {
    return formatDate(start);
  }
  if (year !== end.slice(0, 4)) {
    return `${formatDate(start)} – ${formatDate(end)}`;
  }
  return `${formatShortSpan(span)}, ${year}`;
}

/** Days without their year: "Oct 24", "Oct 24–31", "Oct 24 – Nov 2". */
function formatShortSpan({ start, end }: DaySpan): string {
  if (start === end) {
    return formatShortDate(start);
  }
  return start.slice(0, 7) === end.slice(0, 7)
    ? `${formatShortDate(start)}–${dayOfMonth(end)}`
    : `${formatShortDate(start)} – ${formatShortDate(end)}`;
}
