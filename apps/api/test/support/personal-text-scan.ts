import { DataSource } from 'typeorm';

export interface TextColumn {
  readonly table: string;
  readonly column: string;
  readonly type: string;
}

/**
 * Every column of the app's schema that can hold text: text, varchar and char, json and jsonb,
 * arrays, and the search vectors (tsvector, whose lexemes are lower-cased words). Nothing is left
 * out, so a column added later is scanned without anyone remembering to.
 */
export async function textColumns(dataSource: DataSource): Promise<TextColumn[]> {
  return dataSource.query(
    `SELECT c.table_name AS "table", c.column_name AS "column", c.data_type AS type
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
        AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
             OR c.udt_name = 'tsvector')
      ORDER BY 1, 2`,
  );
}

/** `table.column` of each column where some row holds any of the texts, case aside. */
export async function columnsHolding(dataSource: DataSource, texts: readonly string[]): Promise<string[]> {
  const patterns = texts.map((text) => `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`);
  const found: string[] = [];
  for (const { table, column } of await textColumns(dataSource)) {
    const [{ count }] = await dataSource.query(
      `SELECT count(*)::int AS count FROM "${table}" WHERE "${column}"::text ILIKE ANY($1::text[])`,
      [patterns],
    );
    if (count > 0) {
      found.push(`${table}.${column}`);
    }
  }
  return found;
}
