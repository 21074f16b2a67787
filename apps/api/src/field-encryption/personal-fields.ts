import { Injectable, Logger } from '@nestjs/common';
import { FieldCipher, FieldDecryptionError } from './field-cipher';

/** Which stored column each decrypted field of a row comes from, e.g. `{ residentName: 'units.resident_name' }`. */
export type FieldColumns<Row> = Partial<Record<keyof Row, string>>;

/** A row as a view answers it: its personal fields in plaintext, and whether any could not be read. */
export type OpenedRow<Row> = Row & { personalDataUnavailable: boolean };

/**
 * Decrypts the personal fields of the rows a view has read. A value that does not decrypt (its key
 * is not in the ring, or it was changed) is logged with its column and the reason, and answered as
 * null with `personalDataUnavailable`, so the rest of the view still answers; never as garbage.
 */
@Injectable()
export class PersonalFields {
  private readonly logger = new Logger('FieldEncryption');

  constructor(private readonly cipher: FieldCipher) {}

  open<Row extends { [key: string]: unknown }>(rows: readonly Row[], columns: FieldColumns<Row>): OpenedRow<Row>[] {
    const fields = Object.entries(columns) as [keyof Row & string, string][];
    return rows.map((row) => {
      const opened: { [key: string]: unknown } = { ...row, personalDataUnavailable: false };
      for (const [field, column] of fields) {
        const stored = row[field];
        if (typeof stored !== 'string') {
          continue;
        }
        try {
          opened[field] = this.cipher.decrypt(column, stored);
        } catch (error) {
          if (!(error instanceof FieldDecryptionError)) {
            throw error;
          }
          this.logger.error(`Cannot decrypt a stored value of ${error.message}`);
          opened[field] = null;
          opened['personalDataUnavailable'] = true;
        }
      }
      return opened as OpenedRow<Row>;
    });
  }
}
