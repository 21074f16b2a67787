import { HttpStatus, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ApiException } from '../../common/api-exception';
import { FieldCipher, FieldDecryptionError } from '../../field-encryption/field-cipher';
import { encryptedColumn } from '../data/encrypted-columns';

export interface ErasedResident {
  readonly propertyId: string;
  readonly unitId: string;
  readonly evictions: number;
  readonly formerResidents: number;
}

interface SealedName {
  readonly id: string;
  readonly residentName: string | null;
}

/** Names compared as people write them: case, spacing and Unicode forms aside. */
function normalized(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/**
 * Erases the personal data of a unit's resident: the unit's name, email and phone, and their name
 * on the evictions and former-resident records of the same unit. Those records carry no resident
 * id, and their names are encrypted with a fresh nonce each, so they are matched by decrypting
 * the unit's records and comparing names; a record of another (earlier) resident of the unit keeps
 * its name. A name no key decrypts cannot be compared and is left as it is.
 */
@Injectable()
export class ResidentErasure {
  constructor(private readonly cipher: FieldCipher) {}

  async erase(
    manager: EntityManager,
    organizationId: string,
    propertyId: string,
    unitId: string,
  ): Promise<ErasedResident> {
    const [unit] = (await manager.query(
      `SELECT u.unit_number AS "unitNumber", u.resident_name AS "residentName"
         FROM units u JOIN properties p ON p.id = u.property_id
        WHERE u.id = $1 AND u.property_id = $2 AND p.organization_id = $3
        FOR UPDATE OF u`,
      [unitId, propertyId, organizationId],
    )) as { unitNumber: string; residentName: string | null }[];
    if (!unit) {
      throw new ApiException(HttpStatus.NOT_FOUND, {
        message: 'There is no unit with this id in this property of your organization.',
      });
    }
    const name = this.open(encryptedColumn('units', 'resident_name'), unit.residentName);
    await manager.query(
      `UPDATE units SET resident_name = NULL, resident_email = NULL, resident_phone = NULL WHERE id = $1`,
      [unitId],
    );
    if (name === null) {
      return { propertyId, unitId, evictions: 0, formerResidents: 0 };
    }
    const evictions = await this.eraseName(manager, 'evictions', propertyId, unit.unitNumber, name);
    const formerResidents = await this.eraseName(manager, 'former_residents', propertyId, unit.unitNumber, name);
    return { propertyId, unitId, evictions, formerResidents };
  }

  private async eraseName(
    manager: EntityManager,
    table: 'evictions' | 'former_residents',
    propertyId: string,
    unitNumber: string,
    name: string,
  ): Promise<number> {
    const rows = (await manager.query(
      `SELECT id, resident_name AS "residentName" FROM ${table}
        WHERE property_id = $1 AND unit_number = $2 AND resident_name IS NOT NULL FOR UPDATE`,
      [propertyId, unitNumber],
    )) as SealedName[];
    const column = encryptedColumn(table, 'resident_name');
    const ids = rows.filter((row) => this.open(column, row.residentName) === name).map((row) => row.id);
    if (ids.length > 0) {
      await manager.query(`UPDATE ${table} SET resident_name = NULL WHERE id = ANY($1::uuid[])`, [ids]);
    }
    return ids.length;
  }

  /** The normalized plaintext, or null when there is none or no key decrypts it. */
  private open(column: string, stored: string | null): string | null {
    if (stored === null) {
      return null;
    }
    try {
      return normalized(this.cipher.decrypt(column, stored));
    } catch (error) {
      if (error instanceof FieldDecryptionError) {
        return null;
      }
      throw error;
    }
  }
}
