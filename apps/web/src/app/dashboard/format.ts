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
const longDate = new Intl.DateTimeFormat(LOCALE, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** Shown where a figure is missing, so an absent value never reads as zero. */
export const NO_VALUE = '—';

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

/**
 * A calendar day (`YYYY-MM-DD`, or the date part of a timestamp) as "Nov 22, 2026". Read as UTC:
 * a day has no time zone, and local parsing would show the day before west of Greenwich.
 */
export function formatDate(value: string | null | undefined): string {
  const match = value ? ISO_DATE.exec(value) : null;
  if (!match) {
    return NO_VALUE;
  }
  const [, year, month, day] = match;
  return longDate.format(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}
