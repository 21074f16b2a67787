/**
 * Number, percent, currency and date formatting for the dashboard: en-US and USD, whatever the
 * browser's locale, so every user reads figures the way the portfolio's reports print them.
 */
const LOCALE = 'en-US';

const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const dollars = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'USD' });
// Days are read as UTC: a calendar day has no time zone, and local parsing would show the day
// before west of Greenwich.
const longDate = new Intl.DateTimeFormat(LOCALE, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
const monthOfYear = new Intl.DateTimeFormat(LOCALE, { year: 'numeric', month: 'short', timeZone: 'UTC' });
const dayOfMonth = new Intl.DateTimeFormat(LOCALE, { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** Shown where a figure is missing, so an absent value never reads as zero. */
export const NO_VALUE = '—';

/** A true minus sign for changes: a hyphen reads as a dash, and screen readers may skip it. */
export const MINUS = '−';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

export function formatNumber(value: number | null | undefined, fractionDigits: 0 | 1 = 0): string {
  if (value === null || value === undefined) {
    return NO_VALUE;
  }
  return (fractionDigits === 0 ? integer : decimal).format(value);
}

/** A percentage the API already gives in percent (94.2 means 94.2 %). */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? NO_VALUE : `${percent.format(value)}%`;
}

/** US dollars; whole dollars unless `withCents`. */
export function formatCurrency(value: number | null | undefined, withCents = false): string {
  if (value === null || value === undefined) {
    return NO_VALUE;
  }
  return (withCents ? cents : dollars).format(value);
}

/** A change with its sign ("+$1,200", "−3.4%"); one that rounds to zero, as shown, has none. */
export function formatSigned(value: number | null | undefined, format: (magnitude: number) => string): string {
  if (value === null || value === undefined) {
    return NO_VALUE;
  }
  const shown = format(Math.abs(value));
  if (shown === format(0)) {
    return shown;
  }
  return `${value > 0 ? '+' : MINUS}${shown}`;
}

/** A calendar day (`YYYY-MM-DD`, or the date part of a timestamp) as UTC milliseconds; null if it is none. */
export function parseDay(value: string | null | undefined): number | null {
  const match = value ? ISO_DATE.exec(value) : null;
  return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
}

function formatDay(value: string | null | undefined, format: Intl.DateTimeFormat): string {
  const day = parseDay(value);
  return day === null ? NO_VALUE : format.format(day);
}

/** A calendar day as "Nov 22, 2026". */
export function formatDate(value: string | null | undefined): string {
  return formatDay(value, longDate);
}

/** The month of a calendar day as "Nov 2026", for monthly rows and chart axes. */
export function formatMonth(value: string | null | undefined): string {
  return formatDay(value, monthOfYear);
}

/** A day without its year, as "Nov 22", where the year is plain from the context (a chart axis). */
export function formatShortDate(value: string | null | undefined): string {
  return formatDay(value, dayOfMonth);
}
