import { FIRST_NAMES, LAST_NAMES } from './people-names';
import { Random } from './prng';

export interface ResidentIdentity {
  readonly name: string;
  readonly email: string;
  readonly phone: string;
}

/** A first and last name from the lists. */
export function personName(random: Random): { readonly first: string; readonly last: string } {
  return { first: random.pick(FIRST_NAMES), last: random.pick(LAST_NAMES) };
}

/**
 * Contact details that cannot reach anyone: example.com is reserved for documentation and
 * 555-0100 to 555-0199 are the numbers set aside for fiction in North America.
 */
export function residentIdentity(random: Random, areaCode: string): ResidentIdentity {
  const { first, last } = personName(random);
  const number = String(random.int(0, 99)).padStart(2, '0');
  return {
    name: `${first} ${last}`,
    email: `${first}.${last}${random.int(1, 999)}@example.com`.toLowerCase(),
    phone: `(${areaCode}) 555-01${number}`,
  };
}
