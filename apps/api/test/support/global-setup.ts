import { ADMIN_URL_VARIABLE } from './admin-url';
import { resolveTestServer } from './test-database-server';

export default async function globalSetup(): Promise<void> {
  const server = await resolveTestServer();
  // Workers inherit the environment, so every test file finds the same server.
  process.env[ADMIN_URL_VARIABLE] = server.adminUrl;
  (globalThis as { stopTestDatabase?: () => Promise<void> }).stopTestDatabase = server.stop;
}
