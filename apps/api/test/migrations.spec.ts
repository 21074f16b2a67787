import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { MIGRATIONS } from '../src/database/migrations';
import { createTestDatabase, TestDatabase } from './support/test-database';

const TABLES = [
  'audit_chain_anchors',
  'audit_log',
  'chat_conversations',
  'chat_members',
  'chat_messages',
  'chat_reactions',
  'detailed_audit_log',
  'evictions',
  'financial_lines',
  'former_residents',
  'import_jobs',
  'login_throttle',
  'market_comps',
  'notification_preferences',
  'notifications',
  'organizations',
  'password_resets',
  'permission_presets',
  'properties',
  'property_daily_metrics',
  'property_latest_metrics',
  'property_monthly_counts',
  'property_receivables',
  'refresh_tokens',
  'reviews',
  'sessions',
  'units',
  'user_property_access',
  'user_tab_access',
  'user_view_access',
  'users',
  'work_orders',
];

async function tablesOf(dataSource: DataSource): Promise<string[]> {
  const rows = await dataSource.query<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('run up, all the way down, and up again on an empty database', async () => {
    expect(await dataSource.runMigrations()).toHaveLength(MIGRATIONS.length);
    expect(await tablesOf(dataSource)).toEqual(TABLES);

    for (let step = 0; step < MIGRATIONS.length; step += 1) {
      await dataSource.undoLastMigration();
    }
    expect(await tablesOf(dataSource)).toEqual([]);

    expect(await dataSource.runMigrations()).toHaveLength(MIGRATIONS.length);
    expect(await tablesOf(dataSource)).toEqual(TABLES);
  });

  it('leave nothing for the entities to change (the schema matches the code)', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });
});
