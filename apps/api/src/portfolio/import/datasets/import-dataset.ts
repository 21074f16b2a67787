import { CellType, CellValue } from '../cells/cell-type';
import { ImportDatasetName } from '../import-values';

/** The file column naming a row's property in every dataset but properties. */
export const PROPERTY_SLUG = 'property_slug';

export interface ImportColumn {
  /** Its name in a file: the CSV header, the JSON key. */
  readonly name: string;
  /** Its column in the table; the same but where a clearer name suits files (metrics' `date`). */
  readonly column: string;
  readonly type: CellType;
  /** Whether an empty cell is refused; else it stores `whenEmpty`. */
  readonly required: boolean;
  readonly whenEmpty: CellValue | null;
}

export function required(name: string, type: CellType, column = name): ImportColumn {
  return { name, column, type, required: true, whenEmpty: null };
}

export function optional(name: string, type: CellType, column = name): ImportColumn {
  return { name, column, type, required: false, whenEmpty: null };
}

/** An optional column of a NOT NULL table column whose empty value is plain: 0 owed, no review text. */
export function defaulted(name: string, type: CellType, whenEmpty: CellValue): ImportColumn {
  return { name, column: name, type, required: false, whenEmpty };
}

/** A row's checked values by file column name, for the checks that compare columns. */
export type CheckedRow = ReadonlyMap<string, CellValue | null>;

export interface RowProblem {
  readonly field: string;
  readonly problem: string;
}

/** What one importable dataset is: its columns, its natural key and how a batch of it is upserted. */
export interface ImportDataset {
  readonly name: ImportDatasetName;
  /** The table the rows are upserted into. */
  readonly table: string;
  /**
   * organization: the rows are properties of the caller's organization; property: each row names
   * one of the organization's properties in `property_slug`, a column every such file has first.
   */
  readonly owner: 'organization' | 'property';
  /** In upsert parameter order, after the owner; `property_slug` is not listed. */
  readonly columns: readonly ImportColumn[];
  /** File column names, `property_slug` included where it is part of the key. */
  readonly naturalKey: readonly string[];
  /** Checks across columns that the table's constraints make (optional). */
  readonly checkRow?: (row: CheckedRow) => RowProblem | undefined;
  /**
   * Upserts one batch: $1 is the caller's organization id (owner organization) or the rows'
   * property ids (owner property); $2… are the columns' value arrays. Answers one row
   * `{ inserted, updated }`; rows whose values are unchanged are left alone and counted in neither.
   */
  readonly upsertSql: string;
}

/** Every column name a file of the dataset must have, in the documented order. */
export function fileColumns(dataset: ImportDataset): string[] {
  const names = dataset.columns.map((column) => column.name);
  return dataset.owner === 'property' ? [PROPERTY_SLUG, ...names] : names;
}
