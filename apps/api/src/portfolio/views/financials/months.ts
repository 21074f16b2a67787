import { checkedPeriod, Period } from '../period';

/** Without `from`, a statement covers this many months, ending with the month of `to`. */
const DEFAULT_MONTHS = 12;

/**
 * The period of a financial view. The books are monthly, so a period covers every month it
 * touches, each month whole; without `from`, the twelve months ending with the month of `to`
 * (`today` when absent).
 */
export function resolveFinancialPeriod(query: { from?: string; to?: string }, today: string): Period {
  const to = query.to ?? today;
  const [year, month] = to.split('-').map(Number) as [number, number];
  const firstMonth = new Date(Date.UTC(year, month - DEFAULT_MONTHS, 1)).toISOString().slice(0, 10);
  return checkedPeriod(query.from ?? firstMonth, to);
}

/** The predicate selecting a period's months of `financial_lines` (alias `f`), on `:from`/`:to`. */
export const IN_PERIOD_MONTHS = `f.month BETWEEN date_trunc('month', CAST(:from AS date)) AND CAST(:to AS date)`;

/** The first and last month with lines, as a financial query's `first_booked`/`last_booked` columns. */
export const BOOKED_MONTHS = `min(f.month)::text AS first_booked, max(f.month)::text AS last_booked`;

export interface BookedColumns {
  readonly first_booked: string | null;
  readonly last_booked: string | null;
}

/** Those columns as the answer's `booked`. */
export function bookedMonths(row: BookedColumns | undefined) {
  return row?.first_booked && row.last_booked ? { first: row.first_booked, last: row.last_booked } : null;
}
