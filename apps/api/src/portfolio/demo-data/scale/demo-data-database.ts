import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../../database/data-source-options';
import { runMigrationsExclusively } from '../../../database/migrate';

/** A connection to the database at `url`, its migrations applied as the API applies them at start-up. */
export async function connectDatabase(url: string): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    await runMigrationsExclusively(dataSource);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}
