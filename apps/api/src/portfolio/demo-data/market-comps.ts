import { MarketCompRow, UnitRow } from './portfolio-rows';
import { PropertyProfile } from './property-profile';
import { cents } from './rounding';

const NAME_STARTS = [
  'The Reserve at',
  'The Residences at',
  'The Lofts at',
  'Villas at',
  'The Flats at',
  'The Commons at',
  'Parkview at',
  'The Retreat at',
  'The Landing at',
  'The Point at',
];
const NAME_ENDS = [
  'Town Center',
  'Mill Creek',
  'the Park',
  'Crescent Ridge',
  'Lakeview',
  'Northpoint',
  'Summit Place',
  'Riverwalk',
  'Old Town',
  'Brookhaven',
];

/** Four to six competitors within a few miles, renting within about ±12 % of this property. */
export function generateMarketComps(profile: PropertyProfile, units: readonly UnitRow[]): MarketCompRow[] {
  const random = profile.random('market-comps');
  const averageRent = units.reduce((sum, unit) => sum + unit.marketRent, 0) / units.length;
  const names = new Set<string>();
  const count = random.int(4, 6);
  while (names.size < count) {
    names.add(`${random.pick(NAME_STARTS)} ${random.pick(NAME_ENDS)}`);
  }
  return [...names].map((name) => ({
    propertyId: profile.property.id,
    name,
    distanceMiles: cents(random.between(0.3, 4.5)),
    occupancyPct: cents(random.between(89, 97.5)),
    averageRent: cents(averageRent * random.between(0.88, 1.12)),
  }));
}
