import { Clock } from '../../src/common/clock';

const DAY_MS = 86_400_000;

/**
 * The moment the portfolio specs run at, whatever the real date (`startTestApp({ now })`): a
 * default period or "today" the app works out cannot differ from the one the spec expects, not
 * even when the run crosses midnight.
 */
export const TEST_NOW = new Date('2026-12-01T12:00:00Z');

/** The UTC day `days` from TEST_NOW's as `YYYY-MM-DD`: views that look ahead count from today. */
export function isoDaysFromToday(days: number): string {
  return new Date(TEST_NOW.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/** A clock a test moves forward by hand, starting at TEST_NOW. */
export class MovableClock implements Clock {
  private time = TEST_NOW.getTime();

  now(): Date {
    return new Date(this.time);
  }

  advance(ms: number): void {
    this.time += ms;
  }
}
