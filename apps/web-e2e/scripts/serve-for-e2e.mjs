#!/usr/bin/env node
// Starts the built server for the browser tests on a database nobody else uses: a new
// database on TEST_DATABASE_URL / DATABASE_URL's server, dropped afterwards, or else a
// fresh embedded PostgreSQL under tmp/. Stops both when Playwright stops it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

const root = join(import.meta.dirname, '..', '..', '..');
const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
const env = {
  ...process.env,
  NODE_ENV: 'production',
  JWT_SECRET: randomBytes(32).toString('hex'),
  FIELD_ENCRYPTION_KEYS: `e2e:${randomBytes(32).toString('base64')}`,
  LOG_LEVEL: 'warn',
};
let dropDatabase = async () => undefined;

async function admin(run) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

if (serverUrl) {
  const name = `ownerdash_e2e_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  env.DATA_DIR = join(root, 'tmp', 'e2e-data');
  dropDatabase = () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
} else {
  delete env.DATABASE_URL;
  env.DATA_DIR = join(root, 'tmp', 'e2e-embedded');
  env.EMBEDDED_DATABASE_PORT = '54328';
}
rmSync(env.DATA_DIR, { recursive: true, force: true });

const server = spawn(process.execPath, [join(root, 'dist', 'apps', 'api', 'main.js')], { env, stdio: 'inherit' });
const stop = (signal) => server.kill(signal);
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
server.on('exit', (code) => {
  dropDatabase().then(
    () => process.exit(code ?? 0),
    () => process.exit(code ?? 1),
  );
});
