#!/usr/bin/env node
// npm run bench: starts the built API on a fresh embedded PostgreSQL and measures it with
// autocannon. Absolute numbers depend on the machine, so the API's hot paths are reported
// as ratios to GET /api/health measured in the same run; sign-ins are reported per core
// because their cost is the deliberate Argon2id work.
import autocannon from 'autocannon';
import { availableParallelism } from 'node:os';
import { BenchApi } from './api.mjs';
import { DEMO_PASSWORD, startServer } from './server.mjs';

const port = Number(process.env.BENCH_PORT ?? 3200);
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const coldRounds = Number(process.env.BENCH_COLD_ROUNDS ?? 100);
const base = `http://127.0.0.1:${port}`;
const cores = availableParallelism();

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

async function timed(request) {
  const started = process.hrtime.bigint();
  const response = await request();
  if (!response.ok) {
    throw new Error(`${response.url}: ${response.status}`);
  }
  await response.arrayBuffer();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * One request at a time: health, then `me` right after the user's rights changed (its
 * permissions are computed afresh), then `me` again (served from the cache).
 */
async function coldAndWarm(api, admin, user) {
  const latencies = { health: [], cold: [], warm: [] };
  let session = user;
  for (let round = 0; round < coldRounds; round += 1) {
    await api.call('PUT', `/api/admin/users/${user.id}/permissions`, {
      token: admin.token,
      body: { views: { 'leasing.marketing': round % 2 === 0 } },
    });
    session = await api.refresh(session);
    const me = () => fetch(`${base}/api/auth/me`, { headers: { authorization: `Bearer ${session.token}` } });
    latencies.health.push(await timed(() => fetch(`${base}/api/health`)));
    latencies.cold.push(await timed(me));
    latencies.warm.push(await timed(me));
  }
  return { health: mean(latencies.health), cold: mean(latencies.cold), warm: mean(latencies.warm) };
}

function row(name, rate, p99, ratio) {
  return `${name.padEnd(44)} ${rate.padStart(9)} ${p99.padStart(9)}   ${ratio}\n`;
}

const server = await startServer(port);
try {
  const api = new BenchApi(base);
  const phhAdmin = await api.signIn('admin@phh.example', DEMO_PASSWORD);
  const kairoiAdmin = await api.signIn('admin@kairoi.example', DEMO_PASSWORD);
  const restricted = await api.restrictedUser(kairoiAdmin);
  const bearer = (session) => ({ headers: { authorization: `Bearer ${session.token}` } });

  // Warm up the JIT, the connection pool and PostgreSQL's caches before measuring.
  await load('/api/health', {}, 2);
  await load('/api/auth/me', bearer(phhAdmin), 2);

  const health = await load('/api/health');
  const adminMe = await load('/api/auth/me', bearer(phhAdmin));
  const restrictedMe = await load('/api/auth/me', bearer(restricted));
  const logins = await load('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@kairoi.example', password: DEMO_PASSWORD }),
    connections: cores * 2,
  });
  const sequential = await coldAndWarm(api, kairoiAdmin, restricted);

  const ratio = (result) => (result.requests.average / health.requests.average).toFixed(2);
  let report = `\nOwnerdash API benchmark: ${duration} s per load scenario (10 connections), ${cores} cores, embedded PostgreSQL\n\n`;
  report += row('scenario', 'req/s', 'p99 ms', 'ratio to health');
  report += row('GET /api/health', health.requests.average.toFixed(1), String(health.latency.p99), '1.00');
  report += row(
    'GET /api/auth/me (admin)',
    adminMe.requests.average.toFixed(1),
    String(adminMe.latency.p99),
    ratio(adminMe),
  );
  report += row(
    'GET /api/auth/me (restricted user, warm)',
    restrictedMe.requests.average.toFixed(1),
    String(restrictedMe.latency.p99),
    ratio(restrictedMe),
  );
  report += row('POST /api/auth/login', logins.requests.average.toFixed(1), String(logins.latency.p99), '—');
  report += `\nOne request at a time, ${coldRounds} rounds (mean latency; ratio = health latency / latency):\n`;
  report += `  GET /api/health                              ${sequential.health.toFixed(2)} ms   1.00\n`;
  report += `  GET /api/auth/me, restricted user, cold      ${sequential.cold.toFixed(2)} ms   ${(sequential.health / sequential.cold).toFixed(2)}   (first request after a permission change)\n`;
  report += `  GET /api/auth/me, restricted user, warm      ${sequential.warm.toFixed(2)} ms   ${(sequential.health / sequential.warm).toFixed(2)}\n`;
  report += `\nSign-ins (Argon2id, 19 MiB, t=2, p=1): ${(logins.requests.average / cores).toFixed(1)} per second per core (target ≥ 30)\n`;
  report += `me/health ratio (admin): ${ratio(adminMe)} (target ≥ 0.5)\n`;
  process.stdout.write(report);
} finally {
  await server.stop();
}
