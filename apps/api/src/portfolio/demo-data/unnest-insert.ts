import { EntityManager } from 'typeorm';
import { FieldCipher } from '../../field-encryption/field-cipher';
import { isEncryptedColumn } from '../data/encrypted-columns';

/** A column filled from the rows: its name, its PostgreSQL type and how to read it from a row. */
export interface ColumnSpec<Row> {
  readonly name: string;
  readonly type: 'uuid' | 'text' | 'date' | 'timestamptz' | 'smallint' | 'integer' | 'numeric';
  readonly value: (row: Row) => string | number | null;
}

export interface TableSpec<Row> {
  readonly table: string;
  readonly columns: readonly ColumnSpec<Row>[];
}

/**
 * Rows per statement. One array parameter per column (not one parameter per value) keeps
 * far below PostgreSQL's 65,535 bind parameters whatever the chunk, so the chunk only bounds
 * the size of one message.
 */
const CHUNK_ROWS = 10_000;

/** `unnest($1::uuid[], $2::text[], …)`: the rows as a set, one array per column. */
export function unnestSource<Row>(columns: readonly ColumnSpec<Row>[]): string {
  return `unnest(${columns.map((column, index) => `$${index + 1}::${column.type}[]`).join(', ')})`;
}

export function columnArrays<Row>(columns: readonly ColumnSpec<Row>[], rows: readonly Row[]): unknown[] {
  return columns.map((column) => rows.map(column.value));
}

/** The columns with the values of the encrypted ones (see encrypted-columns.ts) sealed by `cipher`. */
export function sealedColumns<Row>(spec: TableSpec<Row>, cipher: FieldCipher): ColumnSpec<Row>[] {
  return spec.columns.map((column) => {
    if (!isEncryptedColumn(spec.table, column.name)) {
      return column;
    }
    const associatedData = `${spec.table}.${column.name}`;
    return {
      ...column,
      value: (row: Row) => {
        const value = column.value(row);
        return value === null ? null : cipher.encrypt(associatedData, String(value));
      },
    };
  });
}

/**
 * Inserts the rows with one `INSERT … SELECT * FROM unnest(…)` per chunk, the personal data
 * encrypted on the way.
 */
export async function insertRows<Row>(
  manager: EntityManager,
  spec: TableSpec<Row>,
  rows: readonly Row[],
  cipher: FieldCipher,
): Promise<void> {
  const columns = sealedColumns(spec, cipher);
  const sql = `INSERT INTO ${spec.table} (${columns.map((column) => column.name).join(', ')})
    SELECT * FROM ${unnestSource(columns)}`;
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    await manager.query(sql, columnArrays(columns, rows.slice(start, start + CHUNK_ROWS)));
  }
}
