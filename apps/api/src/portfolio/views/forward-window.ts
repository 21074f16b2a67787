import { addDays } from './days';
import { Period } from './period';

/** How far the views that look ahead (renewals, risk) look: 90 days. */
export const FORWARD_WINDOW_DAYS = 90;

/**
 * The 90 days from `start`, both ends included as in every period: `start` to `start` + 89 days.
 * The one definition of "the next 90 days" for every view that looks ahead, so two cards never
 * end their windows a day apart.
 */
export function forwardWindow(start: string): Period {
  return { from: start, to: addDays(start, FORWARD_WINDOW_DAYS - 1) };
}
