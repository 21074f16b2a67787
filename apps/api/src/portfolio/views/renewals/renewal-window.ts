import { forwardWindow } from '../forward-window';
import { checkedPeriod, Period } from '../period';
import { LIVED_IN } from '../unit-states';

/**
 * The window of the renewal views: from `today` unless asked, to the end of the 90 days from
 * `from` (`forwardWindow`) unless asked; from after to, or a window over five years, is a 400 as
 * for every period.
 */
export function renewalWindow(query: { from?: string; to?: string }, today: string): Period {
  const from = query.from ?? today;
  return checkedPeriod(from, query.to ?? forwardWindow(from).to);
}

/** A lease ending within `:from`/`:to` of a unit someone lives in (alias `u`). */
export const LEASE_ENDING_IN_WINDOW = `${LIVED_IN} AND u.lease_end BETWEEN CAST(:from AS date) AND CAST(:to AS date)`;

/**
 * What becomes of an ending lease (alias `u`). A unit on notice is leaving whatever its renewal
 * status says; without a recorded decision the renewal is pending.
 */
export const RENEWAL_OUTCOME = `
  CASE WHEN u.status = 'notice' OR u.renewal_status = 'vacating' THEN 'vacating'
       WHEN u.renewal_status = 'renewed' THEN 'renewed'
       ELSE 'pending' END`;
