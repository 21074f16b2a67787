#!/usr/bin/env node
// npm run bench: starts the built API on a fresh embedded PostgreSQL and measures it with
// autocannon. Absolute numbers depend on the machine, so the API's hot paths are reported
// as ratios to GET /api/health measured in the same run; sign-ins are reported per core
// because their cost is the deliberate Argon2id work.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const port = Number(process.env.BENCH_PORT ?? 3200);
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const base = `http://127.0.0.1:${port}`;
const password = 'bench demo password 2026';
const dataDir = join(root, 'tmp', 'bench-data');
const cores = availableParallelism();

function startServer() {
  rmSync(dataDir, { recursive: true, force: true });
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    DATA_DIR: dataDir,
    EMBEDDED_DATABASE_PORT: '54327',
    DEMO_PASSWORD: password,
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  return spawn(process.execPath, [join(root, 'dist', 'apps', 'api', 'main.js')], { env, stdio: 'inherit' });
}

async function waitForHealth(server) {
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
  throw new Error('the server did not become healthy within 2 minutes');
}

async function signIn(email) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) {
    throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  }
  return (await response.json()).accessToken;
}

function load(path, options = {}, seconds = duration) {
  return new Promise((resolve, reject) => {
    autocannon({ url: `${base}${path}`, connections: 10, duration: seconds, ...options }, (error, result) => {
      if (error) {
        reject(error);
      } else if (result.non2xx > 0 || result.errors > 0) {
        reject(new Error(`${path}: ${result.non2xx} non-2xx answers and ${result.errors} errors`));
      } else {
        resolve(result);
      }
    });
  });
}

const server = startServer();
try {
  await waitForHealth(server);
  const token = await signIn('admin@phh.example');
  const me = { headers: { authorization: `Bearer ${token}` } };
  const login = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@kairoi.example', password }),
    connections: cores * 2,
  };

  // Warm up the JIT, the connection pool and PostgreSQL's caches before measuring.
  await load('/api/health', {}, 2);
  await load('/api/auth/me', me, 2);

  const health = await load('/api/health');
  const current = await load('/api/auth/me', me);
  const logins = await load('/api/auth/login', login);

  const rows = [
    ['GET /api/health', health.requests.average, health.latency.p99, '1.00'],
    [
      'GET /api/auth/me',
      current.requests.average,
      current.latency.p99,
      (current.requests.average / health.requests.average).toFixed(2),
    ],
    ['POST /api/auth/login', logins.requests.average, logins.latency.p99, '—'],
  ];
  process.stdout.write(
    `\nOwnerdash API benchmark: ${duration} s per scenario, ${cores} cores, embedded PostgreSQL\n\n`,
  );
  process.stdout.write('scenario                 req/s     p99 ms   ratio to health\n');
  for (const [name, rate, p99, ratio] of rows) {
    process.stdout.write(`${name.padEnd(24)} ${rate.toFixed(1).padStart(8)} ${String(p99).padStart(9)}   ${ratio}\n`);
  }
  const perCore = logins.requests.average / cores;
  process.stdout.write(
    `\nSign-ins (Argon2id, 19 MiB, t=2, p=1): ${perCore.toFixed(1)} per second per core` +
      ` (target ≥ 30)\nme/health ratio: ${(current.requests.average / health.requests.average).toFixed(2)} (target ≥ 0.5)\n`,
  );
} finally {
  // autocannon abandons the requests under way when a scenario ends; let the server finish them.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
}
