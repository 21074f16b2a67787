import { daysBetween } from './day-spans';
import { formatDate, formatNumber } from './format';

/** The days a view that looks ahead covers, both included, as its answer gives them. */
export interface ForwardWindow {
  readonly from: string;
  readonly to: string;
}

/** Said on every card that looks ahead: the period picked for the dashboard does not apply to it. */
export const LOOKS_AHEAD = 'This view looks ahead from today, whatever the period picked above.';

/** "the next 90 days": how many days the window holds, counted from the answer itself. */
export function nextDays({ from, to }: ForwardWindow): string {
  const days = daysBetween(from, to) + 1;
  return days === 1 ? 'the next day' : `the next ${formatNumber(days)} days`;
}

/** "the next 90 days, Dec 6, 2026 – Mar 5, 2027": exactly the days the server used. */
export function describeForwardWindow(window: ForwardWindow): string {
  return `${nextDays(window)}, ${formatDate(window.from)} – ${formatDate(window.to)}`;
}
