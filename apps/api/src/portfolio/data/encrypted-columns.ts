/**
 * Every column holding personal data encrypted at rest (AES-256-GCM, see field-encryption), by
 * table. Writers encrypt these columns, the views decrypt them after their query, the rotation
 * re-encrypts them, and a test checks the database against this list. The values are
 * `v1:<kid>:<nonce>:<ciphertext+tag>` text, so no SQL may sort, filter or search by them.
 */
export const ENCRYPTED_COLUMNS = {
  units: ['resident_name', 'resident_email', 'resident_phone'],
  evictions: ['resident_name'],
  former_residents: ['resident_name'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

export type EncryptedTable = keyof typeof ENCRYPTED_COLUMNS;

/** The associated data of a column's values: `table.column`, so a value copied elsewhere fails to decrypt. */
export function encryptedColumn<Table extends EncryptedTable>(
  table: Table,
  column: (typeof ENCRYPTED_COLUMNS)[Table][number],
): string {
  return `${table}.${column}`;
}

/** Whether `table.column` is in the list. */
export function isEncryptedColumn(table: string, column: string): boolean {
  return (ENCRYPTED_COLUMNS as Readonly<Record<string, readonly string[]>>)[table]?.includes(column) ?? false;
}
