import { EntityManager } from 'typeorm';

/**
 * Runs chat SQL written with named parameters (`:name`), so conditions built elsewhere (the
 * reader's access, the property scope) drop in with their parameters; the driver turns them into
 * positional ones. As with the view queries, cast with `CAST(:x AS type)`, not `:x::type`. The
 * answer is always the rows, also for UPDATE and DELETE … RETURNING, which TypeORM's plain
 * `query` would pair with a row count.
 */
export async function chatQuery<T>(
  manager: EntityManager,
  sql: string,
  parameters: Record<string, unknown>,
): Promise<T[]> {
  const [query, positional] = manager.connection.driver.escapeQueryWithParameters(sql, parameters);
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const result = await runner.query(query, positional, true);
    return result.records as T[];
  } finally {
    if (!manager.queryRunner) {
      await runner.release();
    }
  }
}
