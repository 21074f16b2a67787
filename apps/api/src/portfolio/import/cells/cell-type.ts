/** A checked value as it goes to the database: decimals, dates and timestamps stay exact text. */
export type CellValue = string | number;

export type CellResult = { readonly value: CellValue } | { readonly problem: string };

/** The PostgreSQL types of imported columns, as the upsert casts its parameter arrays. */
export type SqlType = 'text' | 'smallint' | 'integer' | 'numeric' | 'date' | 'timestamptz';

/** How one column's non-empty text is checked and converted. */
export interface CellType {
  readonly sqlType: SqlType;
  parse(text: string): CellResult;
}

export function problem(text: string): CellResult {
  return { problem: text };
}

export function value(cell: CellValue): CellResult {
  return { value: cell };
}
