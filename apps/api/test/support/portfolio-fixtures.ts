import { DataSource } from 'typeorm';
import { Property } from '../../src/organizations/property.entity';
import { encryptedColumn } from '../../src/portfolio/data/encrypted-columns';
import { PropertyDailyMetric } from '../../src/portfolio/data/property-daily-metric.entity';
import { Unit } from '../../src/portfolio/data/unit.entity';
import { TEST_FIELD_CIPHER } from './field-keys';

export type UnitFixture = Pick<Unit, 'unitNumber' | 'status'> & Partial<Unit>;
export type MetricFixture = Pick<PropertyDailyMetric, 'metricDate' | 'occupancyPct' | 'vacant'> &
  Partial<PropertyDailyMetric>;

/** The properties of a demo organization by name, e.g. `(await propertiesOf(ds, 'phh')).Parkside`. */
export async function propertiesOf(
  dataSource: DataSource,
  organizationSlug: string,
): Promise<Record<string, Property>> {
  const properties = await dataSource
    .getRepository(Property)
    .createQueryBuilder('p')
    .innerJoin('p.organization', 'o')
    .where('o.slug = :organizationSlug', { organizationSlug })
    .getMany();
  return Object.fromEntries(properties.map((property) => [property.name, property]));
}

/** Units with hand-picked values, so a test can compute what every view must answer; residents encrypted as the app writes them. */
export async function insertUnits(dataSource: DataSource, property: Property, units: UnitFixture[]): Promise<void> {
  await dataSource.getRepository(Unit).insert(
    units.map((unit) => ({
      floorplan: 'A1',
      bedrooms: 1,
      bathrooms: 1,
      squareFeet: 700,
      marketRent: 1500,
      ...unit,
      residentName: sealed('resident_name', unit.residentName),
      residentEmail: sealed('resident_email', unit.residentEmail),
      residentPhone: sealed('resident_phone', unit.residentPhone),
      propertyId: property.id,
    })),
  );
  await dataSource.getRepository(Property).update(property.id, { unitCount: units.length });
}

function sealed(column: 'resident_name' | 'resident_email' | 'resident_phone', value: string | null | undefined) {
  return TEST_FIELD_CIPHER.encryptOptional(encryptedColumn('units', column), value ?? null);
}

export async function insertMetrics(dataSource: DataSource, property: Property, days: MetricFixture[]): Promise<void> {
  await dataSource.getRepository(PropertyDailyMetric).insert(
    days.map((day) => ({
      leasedPct: day.occupancyPct,
      notice: 0,
      availableToRent: day.vacant,
      leads: 0,
      tours: 0,
      applications: 0,
      leasesSigned: 0,
      renewalsOffered: 0,
      renewalsSigned: 0,
      moveOuts: 0,
      ...day,
      propertyId: property.id,
    })),
  );
}
