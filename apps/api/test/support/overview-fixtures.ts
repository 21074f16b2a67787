import { DataSource } from 'typeorm';
import { Property } from '../../src/organizations/property.entity';
import { MarketComp } from '../../src/portfolio/data/market-comp.entity';

const DAY_MS = 86_400_000;

/** The UTC day `days` from today as `YYYY-MM-DD`: views that look ahead count from today. */
export function isoDaysFromToday(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
}

export async function insertComps(
  dataSource: DataSource,
  property: Property,
  comps: Pick<MarketComp, 'name' | 'distanceMiles' | 'occupancyPct' | 'averageRent'>[],
): Promise<void> {
  await dataSource.getRepository(MarketComp).insert(comps.map((comp) => ({ ...comp, propertyId: property.id })));
}
