const DAY_MS = 86_400_000;

/** The `YYYY-MM-DD` day `days` after (before, when negative) another. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included. */
export function daysIn(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
}

/**
 * The UTC date of `now` (the `Clock`'s) as `YYYY-MM-DD`: today, the default end of a period and
 * the `:today` of the unit-state fragments.
 */
export function todayIso(now: Date): string {
  return now.toISOString().slice(0, 10);
}
