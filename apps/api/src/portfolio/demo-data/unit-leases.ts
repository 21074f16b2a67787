import { RenewalStatus } from '../data/portfolio-values';
import { Random } from './prng';
import { PropertyProfile } from './property-profile';
import { clamp, roundTo } from './rounding';
import { leasingSeason } from './seasonality';
import { addMonths } from './utc-days';

export interface Lease {
  readonly start: number;
  readonly end: number;
  readonly currentRent: number;
  readonly previousRent: number | null;
  readonly renewalStatus: RenewalStatus | null;
}

/** Renewal decisions are tracked for leases ending within this many days. */
const RENEWAL_WINDOW_DAYS = 90;
/** Residents on notice leave within two months. */
const NOTICE_WINDOW_DAYS = 60;
/** Share of leases that replaced an earlier resident's, so a trade-out can be computed. */
const TRADE_OUT_SHARE = 0.6;
/** A lease signed for a vacant unit starts within this many days. */
const MOVE_IN_WINDOW_DAYS = 30;

/**
 * The current lease of an occupied unit or one on notice. Ends spread over the next 12 months
 * (about 8 % of the units a month, a little more in summer, when people prefer to move);
 * rents trail the market by how long ago the lease was signed, which is the loss to lease.
 */
export function generateLease(random: Random, profile: PropertyProfile, onNotice: boolean, marketRent: number): Lease {
  const end = profile.asOf + (onNotice ? random.int(1, NOTICE_WINDOW_DAYS) : seasonalLeaseEnd(random, profile.asOf));
  const term = random.weighted<number>([
    [12, 0.75],
    [13, 0.1],
    [15, 0.1],
    [9, 0.05],
  ]);
  // A short term ending late would start in the future; twelve months back from any end
  // within 364 days starts on or before asOf.
  const signed = addMonths(end + 1, -term);
  const start = signed > profile.asOf ? addMonths(end + 1, -12) : signed;
  const yearsSinceSigned = Math.max(0, (profile.asOf - start) / 365);
  const currentRent = roundTo(marketRent * (1 - profile.rentGrowth * yearsSinceSigned) * random.normal(0.99, 0.02), 5);
  const previousRent = random.chance(TRADE_OUT_SHARE) ? roundTo(currentRent / random.normal(1.025, 0.04), 5) : null;
  return { start, end, currentRent, previousRent, renewalStatus: renewalStatus(random, onNotice, end - profile.asOf) };
}

/**
 * The lease an incoming resident signed for a vacant unit: it starts within a month and runs a
 * year, at about today's market rent.
 */
export function generateSignedLease(random: Random, profile: PropertyProfile, marketRent: number): Lease {
  const start = profile.asOf + random.int(1, MOVE_IN_WINDOW_DAYS);
  const currentRent = roundTo(marketRent * random.normal(0.995, 0.015), 5);
  const previousRent = random.chance(TRADE_OUT_SHARE) ? roundTo(currentRent / random.normal(1.025, 0.04), 5) : null;
  return { start, end: addMonths(start, 12) - 1, currentRent, previousRent, renewalStatus: null };
}

/** The share of vacant units leased ahead to an incoming resident: more in the busy season. */
export function preLeasedShare(day: number): number {
  return clamp(0.35 + 0.5 * (leasingSeason(day) - 1), 0.1, 0.7);
}

function seasonalLeaseEnd(random: Random, asOf: number): number {
  for (;;) {
    const offset = random.int(1, 364);
    if (random.next() * 1.3 < leasingSeason(asOf + offset)) {
      return offset;
    }
  }
}

/** The closer the end, the more residents have decided; those on notice are leaving. */
function renewalStatus(random: Random, onNotice: boolean, daysLeft: number): RenewalStatus | null {
  if (onNotice) {
    return 'vacating';
  }
  if (daysLeft > RENEWAL_WINDOW_DAYS) {
    return null;
  }
  return random.chance(0.7 - (0.45 * daysLeft) / RENEWAL_WINDOW_DAYS) ? 'renewed' : 'pending';
}
