import { DataSource } from 'typeorm';
import { Property } from '../../src/organizations/property.entity';
import { encryptedColumn } from '../../src/portfolio/data/encrypted-columns';
import { Eviction } from '../../src/portfolio/data/eviction.entity';
import { FormerResident } from '../../src/portfolio/data/former-resident.entity';
import { TEST_FIELD_CIPHER } from './field-keys';

export type EvictionFixture = Omit<Eviction, 'id' | 'propertyId' | 'property' | 'closedOn'> & Partial<Eviction>;
export type FormerResidentFixture = Omit<FormerResident, 'id' | 'propertyId' | 'property'>;

export async function insertEvictions(
  dataSource: DataSource,
  property: Property,
  cases: EvictionFixture[],
): Promise<void> {
  await dataSource.getRepository(Eviction).insert(
    cases.map((eviction) => ({
      ...eviction,
      residentName: TEST_FIELD_CIPHER.encryptOptional(
        encryptedColumn('evictions', 'resident_name'),
        eviction.residentName,
      ),
      propertyId: property.id,
    })),
  );
}

export async function insertFormerResidents(
  dataSource: DataSource,
  property: Property,
  residents: FormerResidentFixture[],
): Promise<void> {
  await dataSource.getRepository(FormerResident).insert(
    residents.map((resident) => ({
      ...resident,
      residentName: TEST_FIELD_CIPHER.encryptOptional(
        encryptedColumn('former_residents', 'resident_name'),
        resident.residentName,
      ),
      propertyId: property.id,
    })),
  );
}
