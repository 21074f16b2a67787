import { Injectable, Logger } from '@nestjs/common';
import { FieldCipher, FieldDecryptionError } from './field-cipher';

/** Which stored column each decrypted field of a row comes from, e.g. `{ residentName: 'units.resident_name' }`. */
export type FieldColumns<Row> = Partial<Record<keyof Row, string>>;

/** A row as a view answers it: its personal fields in plaintext, and whether any could not be read. */
export type OpenedRow<Row> = Row & { personalDataUnavailable: boolean };

/**
 * Decrypts the personal fields of the rows a view has read. A value that does not decrypt (its key
 * is not in the ring, or it was changed) is answered as null with `personalDataUnavailable`, so the
 * rest of the view still answers, never as garbage; the page's failures are logged as one error
 * line naming each column and reason with its count (never a value).
 */
@Injectable()
export class PersonalFields {
  private readonly logger = new Logger('FieldEncryption');

  constructor(private readonly cipher: FieldCipher) {}

  open<Row extends { [key: string]: unknown }>(rows: readonly Row[], columns: FieldColumns<Row>): OpenedRow<Row>[] {
    const fields = Object.entries(columns) as [keyof Row & string, string][];
    const failures = new Map<string, number>();
    const opened = rows.map((row) => {
      const result: { [key: string]: unknown } = { ...row, personalDataUnavailable: false };
      for (const [field, column] of fields) {
        const stored = row[field];
        if (typeof stored !== 'string') {
          continue;
        }
        try {
          result[field] = this.cipher.decrypt(column, stored);
        } catch (error) {
          if (!(error instanceof FieldDecryptionError)) {
            throw error;
          }
          failures.set(error.message, (failures.get(error.message) ?? 0) + 1);
          result[field] = null;
          result['personalDataUnavailable'] = true;
        }
      }
      return result as OpenedRow<Row>;
    });
    if (failures.size > 0) {
      const problems = [...failures].map(([message, count]) => `${message} (${count})`);
      this.logger.error(`Personal data that does not decrypt was answered as unavailable: ${problems.join('; ')}`);
    }
    return opened;
  }
}
