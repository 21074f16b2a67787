import { EvictionStatus } from '../data/portfolio-values';
import { EvictionRow, UnitRow } from './portfolio-rows';
import { PropertyProfile } from './property-profile';
import { personName } from './resident-identity';
import { cents } from './rounding';
import { isoDay, yearOf } from './utc-days';

/** Residents this far behind may have a case filed against them. */
const FILING_DAYS_PAST_DUE = 60;

/**
 * A few eviction cases: open ones (filed, judgment, writ) against today's residents who are
 * more than two months behind, and closed ones (completed, dismissed) from the last two years.
 */
export function generateEvictions(profile: PropertyProfile, units: readonly UnitRow[]): EvictionRow[] {
  const random = profile.random('evictions');
  const rows: EvictionRow[] = [];
  let serial = random.int(1000, 8000);
  const caseNumber = (filed: number) => {
    serial += random.int(1, 40);
    return `${profile.city.state}-${yearOf(filed)}-${String(serial).padStart(5, '0')}`;
  };
  const farBehind = units.filter((unit) => unit.daysPastDue > FILING_DAYS_PAST_DUE && unit.residentName !== null);
  const closedCases = random.int(1, 4);
  for (let index = 0; index < closedCases; index += 1) {
    const filed = profile.asOf - random.int(60, 700);
    const dismissed = random.chance(0.3);
    const closed = filed + random.int(dismissed ? 10 : 30, dismissed ? 45 : 80);
    const resident = personName(random);
    rows.push({
      propertyId: profile.property.id,
      caseNumber: caseNumber(filed),
      unitNumber: random.pick(units).unitNumber,
      residentName: `${resident.first} ${resident.last}`,
      filedOn: isoDay(filed),
      status: dismissed ? 'dismissed' : 'completed',
      balance: cents(random.between(1800, 7500)),
      closedOn: isoDay(Math.min(closed, profile.asOf)),
    });
  }
  for (const unit of random.shuffled(farBehind).slice(0, random.int(0, 3))) {
    const filed = profile.asOf - random.int(5, Math.max(6, unit.daysPastDue - FILING_DAYS_PAST_DUE + 5));
    const openStatus = random.weighted<EvictionStatus>([
      ['filed', 0.55],
      ['judgment', 0.3],
      ['writ', 0.15],
    ]);
    rows.push({
      propertyId: profile.property.id,
      caseNumber: caseNumber(filed),
      unitNumber: unit.unitNumber,
      residentName: unit.residentName ?? '',
      filedOn: isoDay(filed),
      status: openStatus,
      balance: unit.balance,
      closedOn: null,
    });
  }
  return rows;
}
