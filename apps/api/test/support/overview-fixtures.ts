import { DataSource } from 'typeorm';
import { Property } from '../../src/organizations/property.entity';
import { MarketComp } from '../../src/portfolio/data/market-comp.entity';

export async function insertComps(
  dataSource: DataSource,
  property: Property,
  comps: Pick<MarketComp, 'name' | 'distanceMiles' | 'occupancyPct' | 'averageRent'>[],
): Promise<void> {
  await dataSource.getRepository(MarketComp).insert(comps.map((comp) => ({ ...comp, propertyId: property.id })));
}
