import { ImportColumn } from './import-dataset';

export interface UpsertShape {
  readonly table: string;
  readonly owner: 'organization_id' | 'property_id';
  readonly columns: readonly ImportColumn[];
  /** The columns of the unique constraint that is the natural key, owner column included. */
  readonly conflict: readonly string[];
  /** Assignments made only when a row changes, such as bumping a timestamp. */
  readonly onChange?: string;
}

/**
 * The batch upsert of a dataset: one INSERT … SELECT FROM unnest() of one array per column,
 * so thousands of rows cost one statement. A conflicting row is updated only when a value
 * differs, and xmax = 0 tells the inserted rows from the updated ones.
 */
export function upsertStatement(shape: UpsertShape): string {
  const names = shape.columns.map((column) => column.column);
  const arrays = shape.columns.map((column, index) => `$${index + 2}::${column.type.sqlType}[]`);
  const source =
    shape.owner === 'property_id'
      ? `SELECT * FROM unnest($1::uuid[], ${arrays.join(', ')})`
      : `SELECT $1::uuid, batch.* FROM unnest(${arrays.join(', ')}) AS batch`;
  const updated = names.filter((name) => !shape.conflict.includes(name));
  const assignments = [
    ...updated.map((name) => `${name} = EXCLUDED.${name}`),
    ...(shape.onChange ? [shape.onChange] : []),
  ];
  return `
    WITH written AS (
      INSERT INTO ${shape.table} AS existing (${[shape.owner, ...names].join(', ')})
      ${source}
      ON CONFLICT (${shape.conflict.join(', ')}) DO UPDATE SET ${assignments.join(', ')}
      WHERE (${updated.map((name) => `existing.${name}`).join(', ')})
        IS DISTINCT FROM (${updated.map((name) => `EXCLUDED.${name}`).join(', ')})
      RETURNING xmax = 0 AS inserted
    )
    SELECT count(*) FILTER (WHERE inserted)::int AS inserted, count(*) FILTER (WHERE NOT inserted)::int AS updated
      FROM written`;
}
