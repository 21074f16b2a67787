#!/usr/bin/env node
// npm run bench: starts the built API on a fresh embedded PostgreSQL and measures it with
// autocannon. Absolute numbers depend on the machine, so the API's hot paths are reported
// as ratios to GET /api/health measured in the same run; sign-ins are reported per core
// because their cost is the deliberate Argon2id work, and a flood of them is measured by the
// latency of health meanwhile. The portfolio views are measured on a generated "Scale N"
// organization (BENCH_SCALE, 300 properties by default). Answers that must not tell which
// accounts exist are timed one request at a time (BENCH_TIMING_ROUNDS). Then the chat benchmark
// (chat.mjs) runs; BENCH_ONLY=api or BENCH_ONLY=chat runs only one of the two. The AR table's cost of
// decrypting its personal fields (field-encryption.mjs) is part of the API scenarios;
// BENCH_ONLY=encryption runs it alone on its own Scale organization. Auditing on vs off and a
// kpi reference vs none (audit-overhead.mjs, BENCH_ONLY=audit) and chat search over a million
// messages (chat-search.mjs, BENCH_ONLY=search) run between the two. BENCH_ONLY takes a list,
// e.g. BENCH_ONLY=audit,search.
import { availableParallelism } from 'node:os';
import autocannon from 'autocannon';
import { accountAnswerTimings } from './account-answers.mjs';
import { BenchApi } from './api.mjs';
import { auditOverheadBenchmark } from './audit-overhead.mjs';
import { chatBenchmark } from './chat.mjs';
import { chatSearchBenchmark } from './chat-search.mjs';
import { arTableDecryption, arTableDecryptionReport } from './field-encryption.mjs';
import { metricsCsv, scopedUser, seedScale } from './portfolio.mjs';
import { DEMO_PASSWORD, startServer } from './server.mjs';

const port = Number(process.env.BENCH_PORT ?? 3200);
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const coldRounds = Number(process.env.BENCH_COLD_ROUNDS ?? 100);
const scale = Number(process.env.BENCH_SCALE ?? 300);
const timingRounds = Number(process.env.BENCH_TIMING_ROUNDS ?? 30);
const importRows = 100_000;
const base = `http://127.0.0.1:${port}`;
const cores = availableParallelism();

/** Loads one route; any answer counts, only connection errors fail the run. */
function measure(path, options = {}, seconds = duration) {
  return new Promise((resolve, reject) => {
    autocannon({ url: `${base}${path}`, connections: 10, duration: seconds, ...options }, (error, result) => {
      if (error) {
        reject(error);
      } else if (result.errors > 0) {
        reject(new Error(`${path}: ${result.errors} errors`));
      } else {
        resolve(result);
      }
    });
  });
}

/** Loads one route that must answer every request with 2xx. */
async function load(path, options = {}, seconds = duration) {
  const result = await measure(path, options, seconds);
  if (result.non2xx > 0) {
    throw new Error(`${path}: ${result.non2xx} non-2xx answers`);
  }
  return result;
}

/**
 * Right-password sign-ins (which no attempt limit slows) from 20 clients at once, while one
 * client measures GET /api/health: the password-hashing slots keep the flood from starving other
 * requests and answer what they cannot queue with 503. Health is measured alone the same way first.
 */
async function signInFlood() {
  const healthAlone = await measure('/api/health', { connections: 1 });
  const [flood, healthDuring] = await Promise.all([
    measure('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@kairoi.example', password: DEMO_PASSWORD }),
      connections: 20,
    }),
    measure('/api/health', { connections: 1 }),
  ]);
  return { healthAlone, flood, healthDuring };
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
  return `${name.padEnd(52)} ${rate.padStart(9)} ${p99.padStart(9)}   ${ratio}\n`;
}

const AR_TABLE = '/api/portfolio/delinquency/ar-table?page=1&pageSize=25&sort=-balance';
const KPI_TILES = '/api/portfolio/overview/kpi-tiles';

/** The AR table and KPI tiles of "Scale N" for its admin and for a user limited to three properties. */
async function portfolioViews(api, server) {
  const seeded = await seedScale({ ...server.database, scale, password: DEMO_PASSWORD });
  const admin = await api.signIn(seeded.adminEmail, DEMO_PASSWORD);
  const scoped = await scopedUser(api, admin, `bench.scoped@scale-${scale}.example`);
  const bearer = (session) => ({ headers: { authorization: `Bearer ${session.token}` } });
  await load(AR_TABLE, bearer(admin), 2);
  await load(KPI_TILES, bearer(scoped), 2);
  return {
    admin,
    slugs: (await api.call('GET', '/api/properties', { token: admin.token })).body.items.map((p) => p.slug),
    units: seeded.counts.units,
    arAdmin: await load(AR_TABLE, bearer(admin)),
    arScoped: await load(AR_TABLE, bearer(scoped)),
    kpiAdmin: await load(KPI_TILES, bearer(admin)),
    kpiScoped: await load(KPI_TILES, bearer(scoped)),
    encryption: await arTableDecryption({ database: server.database, organizationId: seeded.organizationId }),
  };
}

/** Rows per second of one metrics import of `importRows` new rows, request to answer. */
async function importThroughput(views) {
  const body = metricsCsv(views.slugs, importRows);
  const started = process.hrtime.bigint();
  const response = await fetch(`${base}/api/admin/import/metrics`, {
    method: 'POST',
    headers: { authorization: `Bearer ${views.admin.token}`, 'content-type': 'text/csv' },
    body,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const result = await response.json();
  if (!response.ok || result.inserted !== importRows) {
    throw new Error(`the metrics import answered ${response.status}: ${JSON.stringify(result).slice(0, 300)}`);
  }
  return { seconds, rowsPerSecond: importRows / seconds, megabytes: Buffer.byteLength(body) / 1e6 };
}

/** The API scenarios; returns their report. */
async function apiScenarios() {
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
    const flood = await signInFlood();
    const sequential = await coldAndWarm(api, kairoiAdmin, restricted);
    const answers = await accountAnswerTimings(api, kairoiAdmin, server.dataDir, timingRounds);
    const views = await portfolioViews(api, server);
    const imported = await importThroughput(views);

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
    report += `\nScale ${scale}: ${scale} properties, ${views.units.toLocaleString('en-US')} units; the user sees 3 properties\n`;
    for (const [name, result] of [
      ['GET ar-table page 1, -balance (admin)', views.arAdmin],
      ['GET ar-table page 1, -balance (3-property user)', views.arScoped],
      ['GET kpi-tiles (admin)', views.kpiAdmin],
      ['GET kpi-tiles (3-property user)', views.kpiScoped],
    ]) {
      report += row(name, result.requests.average.toFixed(1), String(result.latency.p99), ratio(result));
    }
    report += arTableDecryptionReport(views.encryption);
    report += `\nImport: ${importRows.toLocaleString('en-US')} metric rows (${imported.megabytes.toFixed(1)} MB of CSV) in ${imported.seconds.toFixed(2)} s: ${Math.round(imported.rowsPerSecond).toLocaleString('en-US')} rows per second\n`;
    report += `\nOne request at a time, ${coldRounds} rounds (mean latency; ratio = health latency / latency):\n`;
    report += `  GET /api/health                              ${sequential.health.toFixed(2)} ms   1.00\n`;
    report += `  GET /api/auth/me, restricted user, cold      ${sequential.cold.toFixed(2)} ms   ${(sequential.health / sequential.cold).toFixed(2)}   (first request after a permission change)\n`;
    report += `  GET /api/auth/me, restricted user, warm      ${sequential.warm.toFixed(2)} ms   ${(sequential.health / sequential.warm).toFixed(2)}\n`;
    report += `\nAnswers that must not tell accounts apart, one request at a time, ${timingRounds} rounds (median latency; ratio = unknown / existing):\n`;
    for (const [name, timing] of [
      ['POST /api/auth/login, wrong password', answers.signIn],
      ['POST /api/auth/forgot-password', answers.reset],
    ]) {
      report += `  ${name.padEnd(44)} existing account ${timing.existing.toFixed(2)} ms, unknown email ${timing.unknown.toFixed(2)} ms   ${timing.ratio.toFixed(2)} (target 0.80–1.25)\n`;
    }
    report += `\nSign-ins (Argon2id, 19 MiB, t=2, p=1): ${(logins.requests.average / cores).toFixed(1)} per second per core (target ≥ 30)\n`;
    report += `Sign-in flood (20 clients, right password): ${(flood.flood['2xx'] / duration).toFixed(1)} sign-ins per second, ${flood.flood.statusCodeStats['503']?.count ?? 0} answered 503; `;
    report += `GET /api/health meanwhile: median ${flood.healthDuring.latency.p50} ms, p99 ${flood.healthDuring.latency.p99} ms (alone: median ${flood.healthAlone.latency.p50} ms, p99 ${flood.healthAlone.latency.p99} ms)\n`;
    report += `me/health ratio (admin): ${ratio(adminMe)} (target ≥ 0.5)\n`;
    report += `AR table p99, 3-property user: ${views.arScoped.latency.p99} ms (target < 50 ms); `;
    report += `3-property user / admin throughput: AR table ${(views.arScoped.requests.average / views.arAdmin.requests.average).toFixed(2)}, `;
    report += `KPI tiles ${(views.kpiScoped.requests.average / views.kpiAdmin.requests.average).toFixed(2)} (target ≥ 1)\n`;
    return report;
  } finally {
    await server.stop();
  }
}

/** The AR table with and without decryption alone, on its own server and Scale organization. */
async function encryptionScenario() {
  const server = await startServer(port);
  try {
    const seeded = await seedScale({ ...server.database, scale, password: DEMO_PASSWORD });
    const encryption = await arTableDecryption({ database: server.database, organizationId: seeded.organizationId });
    return `\nScale ${scale}: ${seeded.counts.units.toLocaleString('en-US')} units${arTableDecryptionReport(encryption)}`;
  } finally {
    await server.stop();
  }
}

const only = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : ['api', 'audit', 'search', 'chat'];
if (only.includes('api')) {
  process.stdout.write(await apiScenarios());
}
if (only.includes('encryption') && !only.includes('api')) {
  process.stdout.write(await encryptionScenario());
}
if (only.includes('audit')) {
  process.stdout.write(await auditOverheadBenchmark());
}
if (only.includes('search')) {
  process.stdout.write(await chatSearchBenchmark());
}
if (only.includes('chat')) {
  process.stdout.write(await chatBenchmark());
}
