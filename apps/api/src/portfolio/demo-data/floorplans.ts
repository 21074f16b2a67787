import { Random } from './prng';

export interface Floorplan {
  /** As leasing offices label them, e.g. "A1 – 1 bed". */
  readonly name: string;
  readonly bedrooms: number;
  readonly bathrooms: number;
  readonly squareFeet: number;
  /** How common the floorplan is in its property. */
  readonly weight: number;
}

interface FloorplanType {
  readonly code: string;
  readonly label: string;
  readonly bedrooms: number;
  readonly bathrooms: readonly number[];
  readonly squareFeet: readonly [number, number];
  readonly weight: number;
}

const TYPES: readonly FloorplanType[] = [
  { code: 'S', label: 'Studio', bedrooms: 0, bathrooms: [1], squareFeet: [420, 580], weight: 0.12 },
  { code: 'A', label: '1 bed', bedrooms: 1, bathrooms: [1], squareFeet: [620, 860], weight: 0.42 },
  { code: 'B', label: '2 bed', bedrooms: 2, bathrooms: [1, 2, 2], squareFeet: [900, 1200], weight: 0.34 },
  { code: 'C', label: '3 bed', bedrooms: 3, bathrooms: [2, 2.5], squareFeet: [1180, 1480], weight: 0.12 },
];

/** Typical market rent of a bedroom count at rent level 1 and its typical size. */
export const BASE_RENT_BY_BEDROOMS: readonly number[] = [1150, 1380, 1760, 2160];
export const TYPICAL_SQUARE_FEET_BY_BEDROOMS: readonly number[] = [500, 740, 1050, 1330];

/** One to three variants of each bedroom count (A1, A2, …); some properties have no studios or 3-beds. */
export function chooseFloorplans(random: Random): Floorplan[] {
  const plans: Floorplan[] = [];
  for (const type of TYPES) {
    if (type.weight < 0.2 && random.chance(0.3)) {
      continue;
    }
    const variants = type.weight < 0.2 ? 1 : random.int(1, 3);
    const [smallest, largest] = type.squareFeet;
    const step = (largest - smallest) / variants;
    for (let variant = 0; variant < variants; variant += 1) {
      plans.push({
        name: `${type.code}${variant + 1} – ${type.label}`,
        bedrooms: type.bedrooms,
        bathrooms: random.pick(type.bathrooms),
        squareFeet: Math.round((smallest + step * (variant + random.between(0.2, 0.8))) / 5) * 5,
        weight: (type.weight / variants) * random.between(0.6, 1.4),
      });
    }
  }
  return plans;
}
