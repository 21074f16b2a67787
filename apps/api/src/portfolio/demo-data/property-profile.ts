import { CITIES, City, STREET_NAMES, STREET_SUFFIXES } from './places';
import { DemoProperty } from './portfolio-rows';
import { Random } from './prng';
import { parseIsoDay, yearOf } from './utc-days';

/** The traits of one property that every generated table draws on, so the tables tell one story. */
export interface PropertyProfile {
  readonly property: DemoProperty;
  /** The last day of data. */
  readonly asOf: number;
  readonly city: City;
  readonly address: string;
  readonly yearBuilt: number;
  readonly unitTotal: number;
  /** Rents relative to the national average for the same floorplan. */
  readonly marketLevel: number;
  /** Yearly growth of market rents and costs. */
  readonly rentGrowth: number;
  /** Share of the units with status `occupied` today. */
  readonly occupiedShare: number;
  /** Share of the residents who owe money today. */
  readonly delinquentShare: number;
  /** How much higher the vacancy share was a year before asOf (negative: it was lower). */
  readonly vacancyTrend: number;
  /** Yearly growth of leasing demand. */
  readonly demandTrend: number;
  /** 0 (tired, slow to fix things) to 1 (excellent): drives ratings and maintenance speed. */
  readonly quality: number;
  /** The property's own random stream for one part of the data. */
  random(part: string): Random;
}

export function propertyProfile(seed: string, asOf: string, property: DemoProperty): PropertyProfile {
  const random = (part: string) => Random.of(seed, property.slug, part);
  const traits = random('profile');
  const asOfDay = parseIsoDay(asOf);
  const city = traits.pick(CITIES);
  const yearBuilt = traits.int(1972, yearOf(asOfDay) - 2);
  const age = yearOf(asOfDay) - yearBuilt;
  const quality = Math.min(1, Math.max(0, 0.85 - age / 80 + traits.normal(0, 0.15)));
  return {
    property,
    asOf: asOfDay,
    city,
    address: `${traits.int(100, 9800)} ${traits.pick(STREET_NAMES)} ${traits.pick(STREET_SUFFIXES)}`,
    yearBuilt,
    // 80 to 400, mid-sized communities more common than large ones: about 200 on average.
    unitTotal: Math.round(80 + 320 * traits.next() ** 1.7),
    marketLevel: city.rentLevel * traits.between(0.9, 1.05) * (1 + 0.15 * quality),
    rentGrowth: traits.between(0.015, 0.05),
    occupiedShare: traits.between(0.935, 0.955),
    delinquentShare: traits.between(0.085, 0.115),
    vacancyTrend: traits.between(-0.01, 0.015),
    demandTrend: traits.between(-0.03, 0.06),
    quality,
    random,
  };
}
