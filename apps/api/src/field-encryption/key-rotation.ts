import { DataSource } from 'typeorm';
import { CIPHERTEXT_PREFIX, FieldCipher, FieldDecryptionError } from './field-cipher';

/** The encrypted columns by table; each table has a uuid primary key `id`. */
export type EncryptedColumns = Readonly<Record<string, readonly string[]>>;

export interface RotationProgress {
  /** A table's pass starts: `total` rows hold a value not under the primary key. */
  start(table: string, total: number): void;
  /** `done` of them handled so far. */
  advance(table: string, done: number): void;
  /** The table's pass ended. */
  finish(table: string): void;
}

export interface RotationResult {
  /** Rows rewritten under the primary key. */
  readonly rewritten: number;
  /** Values no key of the ring decrypts (an unknown key id, an altered value): left as they are. */
  readonly unreadable: readonly string[];
}

/** Rows per UPDATE: each batch commits on its own, so a stopped run keeps what it did. */
export const ROTATION_BATCH_ROWS = 500;

type StoredRow = { id: string } & Record<string, string | null>;

/**
 * Re-encrypts every encrypted value under the primary key of the ring, batch by batch in
 * primary-key order; values written before encryption (plaintext, without the `v1:` prefix) are
 * encrypted too. Only rows holding a value under another key are read, so running it again, or
 * after an interruption, goes on where the last run stopped. Readers keep working throughout:
 * every key of the ring decrypts. A row changed by someone else between the read and the write
 * is left to them (the UPDATE matches the values read). Once done, the columns' ciphertext checks
 * are validated, as no plaintext is left.
 */
export async function rotateFieldKeys(
  dataSource: DataSource,
  cipher: FieldCipher,
  tables: EncryptedColumns,
  progress: RotationProgress,
  batchRows = ROTATION_BATCH_ROWS,
): Promise<RotationResult> {
  const current = `${CIPHERTEXT_PREFIX}${cipher.primaryKeyId}:`;
  let rewritten = 0;
  const unreadable: string[] = [];
  for (const [table, columns] of Object.entries(tables)) {
    const stale = `(${columns.map((column) => `NOT starts_with(${column}, $1)`).join(' OR ')})`;
    const [{ total } = { total: 0 }] = await dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM ${table} WHERE ${stale}`,
      [current],
    );
    progress.start(table, total);
    let done = 0;
    let after: string | null = null;
    for (;;) {
      const rows: StoredRow[] = await dataSource.query(
        `SELECT id, ${columns.join(', ')} FROM ${table}
          WHERE ${stale} AND ($2::uuid IS NULL OR id > $2) ORDER BY id LIMIT $3`,
        [current, after, batchRows],
      );
      if (rows.length === 0) {
        break;
      }
      const updates: { row: StoredRow; values: (string | null)[] }[] = [];
      for (const row of rows) {
        try {
          updates.push({
            row,
            values: columns.map((column) => reseal(cipher, `${table}.${column}`, row[column] ?? null)),
          });
        } catch (error) {
          if (!(error instanceof FieldDecryptionError)) {
            throw error;
          }
          unreadable.push(`${table} ${row.id}: ${error.message}`);
        }
      }
      if (updates.length > 0) {
        rewritten += await writeBatch(dataSource, table, columns, updates);
      }
      done += rows.length;
      after = rows[rows.length - 1]?.id ?? null;
      progress.advance(table, Math.min(done, total));
    }
    progress.finish(table);
    for (const column of columns) {
      await dataSource.query(`ALTER TABLE ${table} VALIDATE CONSTRAINT ${table}_${column}_sealed_ck`);
    }
  }
  return { rewritten, unreadable };
}

/** The value under the primary key: kept when it already is, re-encrypted when under another, encrypted when plaintext. */
function reseal(cipher: FieldCipher, column: string, stored: string | null): string | null {
  if (stored === null || cipher.isCurrent(stored)) {
    return stored;
  }
  const plaintext = stored.startsWith(CIPHERTEXT_PREFIX) ? cipher.decrypt(column, stored) : stored;
  return cipher.encrypt(column, plaintext);
}

async function writeBatch(
  dataSource: DataSource,
  table: string,
  columns: readonly string[],
  updates: readonly { row: StoredRow; values: (string | null)[] }[],
): Promise<number> {
  const arrays = [
    updates.map((update) => update.row.id),
    ...columns.map((column) => updates.map((update) => update.row[column] ?? null)),
    ...columns.map((_, index) => updates.map((update) => update.values[index] ?? null)),
  ];
  const read = columns.map((column) => `read_${column}`);
  const next = columns.map((column) => `next_${column}`);
  const [, count] = (await dataSource.query(
    `UPDATE ${table} AS t SET ${columns.map((column, index) => `${column} = n.${next[index]}`).join(', ')}
       FROM unnest(${arrays.map((_, index) => `$${index + 1}::${index === 0 ? 'uuid' : 'text'}[]`).join(', ')})
            AS n(id, ${[...read, ...next].join(', ')})
      WHERE t.id = n.id
        AND (${columns.map((column) => `t.${column}`).join(', ')}) IS NOT DISTINCT FROM (${read.map((name) => `n.${name}`).join(', ')})`,
    arrays,
  )) as [unknown, number];
  return count;
}
