import { DataSource, Migration } from 'typeorm';

/** The advisory lock key of "ownerdash migrations", the same on every instance. */
const MIGRATION_LOCK_KEY = 7_301_004_270;

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock, so instances starting
 * together on one database take turns: the first migrates, the others wait and find nothing
 * left to do. The lock is the session's, on a connection held for the purpose, so it is
 * released even if this process dies half-way.
 */
export async function runMigrationsExclusively(dataSource: DataSource): Promise<Migration[]> {
  const lockHolder = dataSource.createQueryRunner();
  await lockHolder.connect();
  try {
    await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await dataSource.runMigrations();
    } finally {
      await lockHolder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lockHolder.release();
  }
}
