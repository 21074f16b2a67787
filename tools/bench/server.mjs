// Starts the built API for benchmarks on a fresh embedded PostgreSQL of its own.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export const DEMO_PASSWORD = 'bench demo password 2026';

/**
 * `name` names its data folder under tmp/ and `databasePort` the embedded PostgreSQL's port, so
 * the API and web benchmarks keep apart; `env` adds to or overrides the server's environment.
 */
export async function startServer(port, { name = 'bench-data', databasePort = 54327, env: extra = {} } = {}) {
  const dataDir = join(root, 'tmp', name);
  rmSync(dataDir, { recursive: true, force: true });
  const jwtSecret = randomBytes(32).toString('hex');
  const fieldKeys = `bench:${randomBytes(32).toString('base64')}`;
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    DATA_DIR: dataDir,
    EMBEDDED_DATABASE_PORT: String(databasePort),
    DEMO_PASSWORD,
    JWT_SECRET: jwtSecret,
    FIELD_ENCRYPTION_KEYS: fieldKeys,
    // Errors only: the account-answer timings' wrong passwords are 401s, each logged as a warning.
    LOG_LEVEL: 'error',
    // The account-answer timings send each request from an address of their own (X-Forwarded-For),
    // so the per-address sign-in and password-reset limits never answer in their place.
    TRUST_PROXY: 'loopback',
    ...extra,
  };
  delete env.DATABASE_URL;
  const server = spawn(process.execPath, [join(root, 'dist', 'apps', 'api', 'main.js')], { env, stdio: 'inherit' });
  await waitForHealth(server, `http://127.0.0.1:${port}`);
  return {
    /** The server's DATA_DIR, with the mail outbox. */
    dataDir,
    /** The secret the server signs access tokens with, for benchmarks that issue their own. */
    jwtSecret,
    pid: server.pid,
    /**
     * Where the embedded database listens and keeps its generated password, and the key ring the
     * server encrypts personal data with (FIELD_ENCRYPTION_KEYS), for tools writing or reading it.
     */
    database: { dataDir, databasePort: Number(env.EMBEDDED_DATABASE_PORT), fieldKeys: env.FIELD_ENCRYPTION_KEYS },
    async stop() {
      // autocannon abandons the requests under way when a scenario ends; let the server finish them.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      if (server.exitCode !== null || server.signalCode !== null) {
        return;
      }
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    },
  };
}

async function waitForHealth(server, base) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`the server exited with code ${server.exitCode}`);
    }
    try {
      if ((await fetch(`${base}/api/health`)).ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill('SIGTERM');
  throw new Error('the server did not become healthy within 2 minutes');
}
