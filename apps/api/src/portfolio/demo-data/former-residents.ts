import { CollectionStatus } from '../data/portfolio-values';
import { EvictionRow, FormerResidentRow, UnitRow } from './portfolio-rows';
import { Random } from './prng';
import { PropertyProfile } from './property-profile';
import { personName } from './resident-identity';
import { cents } from './rounding';
import { addMonths, isoDay, parseIsoDay } from './utc-days';

/**
 * Residents who left owing money over the last 24 months, including those evicted, and where
 * collection stands: fresh debts are chased in house, older ones went to an agency, were paid
 * or written off.
 */
export function generateFormerResidents(
  profile: PropertyProfile,
  units: readonly UnitRow[],
  evictions: readonly EvictionRow[],
): FormerResidentRow[] {
  const random = profile.random('former-residents');
  const first = addMonths(profile.asOf, -24) + 1;
  const rows = new Map<string, FormerResidentRow>();
  const add = (row: FormerResidentRow) => rows.set(`${row.unitNumber} ${row.movedOutOn}`, row);
  for (const eviction of evictions) {
    if (eviction.status === 'completed' && eviction.closedOn !== null) {
      const daysAgo = profile.asOf - parseIsoDay(eviction.closedOn);
      add({
        propertyId: profile.property.id,
        unitNumber: eviction.unitNumber,
        residentName: eviction.residentName,
        movedOutOn: eviction.closedOn,
        balance: eviction.balance,
        collectionStatus: daysAgo < 45 ? 'in_house' : random.chance(0.6) ? 'agency' : 'written_off',
      });
    }
  }
  const count = Math.round(profile.unitTotal * random.between(0.03, 0.06));
  for (let index = 0; index < count; index += 1) {
    const movedOut = random.int(first, profile.asOf);
    const name = personName(random);
    add({
      propertyId: profile.property.id,
      unitNumber: random.pick(units).unitNumber,
      residentName: `${name.first} ${name.last}`,
      movedOutOn: isoDay(movedOut),
      balance: cents(Math.min(9000, 120 + 900 * Math.exp(random.normal(0, 0.8)))),
      collectionStatus: collectionStatus(random, profile.asOf - movedOut),
    });
  }
  return [...rows.values()];
}

function collectionStatus(random: Random, daysAgo: number): CollectionStatus {
  if (daysAgo < 45) {
    return 'in_house';
  }
  if (daysAgo < 120) {
    return random.weighted<CollectionStatus>([
      ['in_house', 0.4],
      ['agency', 0.35],
      ['paid', 0.25],
    ]);
  }
  return random.weighted<CollectionStatus>([
    ['agency', 0.35],
    ['paid', 0.3],
    ['written_off', 0.35],
  ]);
}
