/**
 * Calendar days as whole numbers (days since 1970-01-01, UTC), so the generator's date
 * arithmetic is integer arithmetic and never depends on the machine's time zone.
 */

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDay(text: string): number {
  const match = ISO_DAY.exec(text);
  const time = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (Number.isNaN(time) || isoDay(time / DAY_MS) !== text) {
    throw new RangeError(`"${text}" is not a date of the form YYYY-MM-DD`);
  }
  return time / DAY_MS;
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** An ISO timestamp `minutes` after the day's midnight UTC. */
export function isoTimestamp(day: number, minutes: number): string {
  return new Date(day * DAY_MS + Math.round(minutes) * 60_000).toISOString();
}

/** The day before the given moment's UTC date. */
export function yesterdayUtc(now: Date): string {
  return isoDay(Math.floor(now.getTime() / DAY_MS) - 1);
}

/** The first day of the day's month, `months` months later (earlier when negative). */
export function monthStart(day: number, months = 0): number {
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1) / DAY_MS;
}

/** The same day of the month `months` later, clamped to the month's end (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  const first = monthStart(day, months);
  const length = monthStart(first, 1) - first;
  return first + Math.min(date.getUTCDate(), length) - 1;
}

/** Day of the year, 0 for 1 January. */
export function dayOfYear(day: number): number {
  return day - Date.UTC(new Date(day * DAY_MS).getUTCFullYear(), 0, 1) / DAY_MS;
}

/** 0 for Sunday to 6 for Saturday; 1970-01-01 was a Thursday. */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}
