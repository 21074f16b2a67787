import { join } from 'node:path';
import { startEmbeddedDatabase } from '../../src/database/embedded-database';

const EMBEDDED_TEST_PORT = 54329;

/**
 * The server named by TEST_DATABASE_URL or DATABASE_URL; without either, an embedded
 * PostgreSQL kept under tmp/ (a different port and folder from the development one).
 */
export async function resolveTestServer(): Promise<{ adminUrl: string; stop?: () => Promise<void> }> {
  const configured = process.env['TEST_DATABASE_URL'] || process.env['DATABASE_URL'];
  if (configured) {
    return { adminUrl: configured };
  }
  const embedded = await startEmbeddedDatabase({
    dataDir: join(__dirname, '..', '..', '..', '..', 'tmp', 'test-database'),
    port: EMBEDDED_TEST_PORT,
    databaseName: 'ownerdash_test',
    log: (message) => process.stderr.write(`${message}\n`),
  });
  return { adminUrl: embedded.url, stop: embedded.stop };
}
