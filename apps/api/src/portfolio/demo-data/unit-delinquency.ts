import { Random } from './prng';
import { cents } from './rounding';

export interface Delinquency {
  readonly balance: number;
  readonly daysPastDue: number;
}

/** Most late payers are a few weeks behind; a tail is months behind, as aging reports show. */
const AGING: readonly (readonly [readonly [number, number], number])[] = [
  [[1, 30], 0.55],
  [[31, 60], 0.22],
  [[61, 90], 0.12],
  [[91, 180], 0.11],
];

/** What a resident behind on rent owes: roughly the missed months' rent plus late fees. */
export function agedBalance(random: Random, monthlyRent: number): Delinquency {
  const [first, last] = random.weighted(AGING);
  const daysPastDue = random.int(first, last);
  const missedRent = monthlyRent * Math.max(0.15, (daysPastDue / 30) * random.between(0.55, 1.0));
  const lateFees = 50 * Math.ceil(daysPastDue / 30);
  return { balance: cents(missedRent + lateFees), daysPastDue };
}
