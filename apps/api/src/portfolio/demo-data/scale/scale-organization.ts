import { DataSource } from 'typeorm';
import { PasswordHasher } from '../../../auth/password-hasher';
import { slugify } from '../../../demo/demo-organizations';
import { FieldCipher } from '../../../field-encryption/field-cipher';
import { Organization } from '../../../organizations/organization.entity';
import { Property } from '../../../organizations/property.entity';
import { User } from '../../../users/user.entity';
import { generatePortfolio } from '../portfolio-generator';
import { PortfolioCounts, writePortfolio } from '../portfolio-writer';
import { parseIsoDay, yesterdayUtc } from '../utc-days';
import { scalePropertyNames } from './scale-property-names';

export interface ScaleOptions {
  /** How many properties, 1 to MAX_SCALE. */
  readonly scale: number;
  /** Defaults to `scale-N`, so the same scale gives the same data. */
  readonly seed?: string;
  /** The last day of data, `YYYY-MM-DD`; defaults to yesterday (UTC). */
  readonly asOf?: string;
  /** The admin's password, 12 to 128 characters as DEMO_PASSWORD. */
  readonly password: string;
  /** Encrypts the residents' personal data: the server's key ring, so it can read them. */
  readonly cipher: FieldCipher;
  /** Hears how many properties are filled, after each batch written. */
  readonly onProgress?: (propertiesWritten: number) => void;
}

export interface ScaleResult {
  readonly organizationId: string;
  readonly adminEmail: string;
  readonly seed: string;
  readonly asOf: string;
  readonly counts: PortfolioCounts;
}

export const MAX_SCALE = 5000;

/**
 * Creates the organization "Scale N" (slug `scale-N`) with N properties, one admin
 * (`admin@scale-N.example`) and generated portfolios, replacing an earlier one of the same N
 * — all in one transaction, so a failed run leaves the previous organization in place —
 * then vacuums and analyzes the database.
 */
export async function seedScaleOrganization(dataSource: DataSource, options: ScaleOptions): Promise<ScaleResult> {
  const { scale, password } = options;
  if (!Number.isInteger(scale) || scale < 1 || scale > MAX_SCALE) {
    throw new RangeError(`the scale must be a whole number from 1 to ${MAX_SCALE} (got ${scale})`);
  }
  if (password.length < 12 || password.length > 128) {
    throw new RangeError('the password must be 12 to 128 characters long');
  }
  const asOf = options.asOf ?? yesterdayUtc(new Date());
  // Refuse a malformed day before deleting anything.
  parseIsoDay(asOf);
  const slug = `scale-${scale}`;
  const seed = options.seed ?? slug;
  const adminEmail = `admin@${slug}.example`;
  const passwordHash = await new PasswordHasher().hash(password);
  const result = await dataSource.transaction(async (manager) => {
    // The cascade takes the properties, their portfolios, the users and their sessions along.
    await manager.delete(Organization, { slug });
    const organization = await manager.save(manager.create(Organization, { name: `Scale ${scale}`, slug }));
    await manager.insert(
      Property,
      scalePropertyNames(scale).map((name) => ({ organizationId: organization.id, name, slug: slugify(name) })),
    );
    await manager.insert(User, {
      organizationId: organization.id,
      email: adminEmail,
      passwordHash,
      displayName: `Scale ${scale} Administrator`,
      role: 'admin',
    });
    const properties = await manager.find(Property, {
      where: { organizationId: organization.id },
      order: { slug: 'ASC' },
    });
    const counts = await writePortfolio(
      manager,
      generatePortfolio({ seed, asOf, properties }),
      options.cipher,
      options.onProgress,
    );
    return { organizationId: organization.id, adminEmail, seed, asOf, counts };
  });
  // Done now rather than by autovacuum a minute later, while the first views are read: the planner's
  // statistics learn that the organization may be most of the database (else its admin's views are
  // planned as for a small one), and the new rows are marked visible to all.
  await dataSource.query('VACUUM (ANALYZE)');
  return result;
}
