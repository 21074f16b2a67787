import { DataSource } from 'typeorm';
import { Property } from '../../src/organizations/property.entity';
import { PropertyMonthlyCount } from '../../src/portfolio/data/property-monthly-count.entity';

export type MonthlyCountFixture = Pick<PropertyMonthlyCount, 'kind' | 'month' | 'label' | 'count'>;

export async function insertMonthlyCounts(
  dataSource: DataSource,
  property: Property,
  counts: MonthlyCountFixture[],
): Promise<void> {
  await dataSource
    .getRepository(PropertyMonthlyCount)
    .insert(counts.map((count) => ({ ...count, propertyId: property.id })));
}
