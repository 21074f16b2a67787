/**
 * The current moment as the portfolio sees it: the "today" that default periods count from and
 * the demo data runs up to. Injected rather than read from `new Date()`, so tests can fix the day.
 */
export abstract class Clock {
  abstract now(): Date;
}

export const SYSTEM_CLOCK: Clock = { now: () => new Date() };
