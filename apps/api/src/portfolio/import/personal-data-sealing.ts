import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FieldCipher } from '../../field-encryption/field-cipher';
import { isEncryptedColumn } from '../data/encrypted-columns';
import { CellValue } from './cells/cell-type';
import { RowBatch } from './checked-rows';
import { ImportDataset, PROPERTY_SLUG } from './datasets/import-dataset';

type Column = readonly (CellValue | null)[];

/**
 * Encrypts the personal data of an import batch before its upsert. A value equal to what the row
 * already holds keeps its stored ciphertext: a fresh one (a new nonce) would make every identical
 * row of a second import look changed, and rewrite it.
 */
@Injectable()
export class PersonalDataSealing {
  constructor(private readonly cipher: FieldCipher) {}

  async seal(manager: EntityManager, dataset: ImportDataset, batch: RowBatch): Promise<readonly Column[]> {
    const encrypted = dataset.columns.flatMap((column, index) =>
      isEncryptedColumn(dataset.table, column.column) ? [{ index, name: column.column }] : [],
    );
    if (encrypted.length === 0) {
      return batch.columns;
    }
    const stored = await this.storedValues(
      manager,
      dataset,
      batch,
      encrypted.map((column) => column.name),
    );
    const columns = [...batch.columns];
    for (const { index, name } of encrypted) {
      const associatedData = `${dataset.table}.${name}`;
      columns[index] = (batch.columns[index] ?? []).map((value, row) => {
        if (value === null) {
          return null;
        }
        const current = stored.get(row)?.[name] ?? null;
        return current !== null && this.holds(associatedData, current, String(value))
          ? current
          : this.cipher.encrypt(associatedData, String(value));
      });
    }
    return columns;
  }

  private holds(associatedData: string, stored: string, plaintext: string): boolean {
    try {
      return this.cipher.decrypt(associatedData, stored) === plaintext;
    } catch {
      // Unreadable (an old key gone, an altered value): the import's value replaces it.
      return false;
    }
  }

  /** The encrypted columns of the rows the batch's natural keys already name, by the batch's row index. */
  private async storedValues(
    manager: EntityManager,
    dataset: ImportDataset,
    batch: RowBatch,
    names: readonly string[],
  ): Promise<Map<number, Record<string, string | null>>> {
    const keys = dataset.naturalKey
      .filter((name) => name !== PROPERTY_SLUG)
      .map((name) => {
        const index = dataset.columns.findIndex((column) => column.name === name);
        const column = dataset.columns[index];
        if (!column) {
          throw new Error(`the natural key ${name} of ${dataset.name} is not one of its columns`);
        }
        return { column: column.column, sqlType: column.type.sqlType, values: batch.columns[index] ?? [] };
      });
    const keyNames = ['property_id', ...keys.map((key) => key.column)];
    const rows: ({ row: string } & Record<string, string | null>)[] = await manager.query(
      `SELECT k.row, ${names.map((name) => `t.${name}`).join(', ')}
         FROM unnest($1::uuid[], ${keys.map((key, index) => `$${index + 2}::${key.sqlType}[]`).join(', ')})
              WITH ORDINALITY AS k(${keyNames.join(', ')}, row)
         JOIN ${dataset.table} t ON ${keyNames.map((name) => `t.${name} = k.${name}`).join(' AND ')}`,
      [batch.propertyIds, ...keys.map((key) => key.values)],
    );
    return new Map(rows.map((row) => [Number(row.row) - 1, row]));
  }
}
