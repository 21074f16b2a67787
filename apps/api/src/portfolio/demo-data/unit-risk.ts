import { RenewalStatus, UnitStatus } from '../data/portfolio-values';
import { Random } from './prng';
import { share } from './rounding';

export interface ResidentSituation {
  readonly status: UnitStatus;
  readonly daysToLeaseEnd: number;
  readonly renewalStatus: RenewalStatus | null;
  readonly daysPastDue: number;
}

/**
 * How likely the resident is to leave at lease end: near certain on notice, higher as an
 * undecided lease end approaches, higher again when behind on rent, low once renewed.
 */
export function churnRisk(random: Random, situation: ResidentSituation): number {
  if (situation.status === 'notice') {
    return share(random.between(0.85, 0.99));
  }
  if (situation.renewalStatus === 'renewed') {
    return share(random.between(0.02, 0.12));
  }
  const approachingEnd = Math.max(0, 1 - situation.daysToLeaseEnd / 180);
  const arrears = situation.daysPastDue > 0 ? 0.1 + 0.2 * Math.min(1, situation.daysPastDue / 90) : 0;
  return share(random.between(0.05, 0.25) + 0.4 * approachingEnd + arrears);
}

/** How likely the resident is to fall (further) behind: driven by how late they already are. */
export function delinquencyRisk(random: Random, situation: ResidentSituation): number {
  if (situation.daysPastDue > 0) {
    return share(0.35 + 0.55 * Math.min(1, situation.daysPastDue / 90) + random.normal(0, 0.05));
  }
  return share(random.between(0.01, 0.12) + (situation.status === 'notice' ? 0.08 : 0));
}
