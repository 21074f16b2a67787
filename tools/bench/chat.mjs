#!/usr/bin/env node
// The chat benchmark, run by `npm run bench` after the API scenarios (or alone: BENCH_ONLY=chat, or
// `node tools/bench/chat.mjs` once the API is built). The built API runs on a fresh embedded
// PostgreSQL with BENCH_CHAT_USERS users (2,000) in groups of 5, all connected over Socket.IO from
// client processes of their own (BENCH_CHAT_WORKERS, 2), which send at a rising rate
// (BENCH_CHAT_STEPS messages per second, BENCH_CHAT_STEP_SECONDS each). Then the same clients run
// the same steps against a bare Socket.IO relay without a database (chat-relay.mjs), the baseline
// the API is reported against as a ratio.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cpuMeter, descendants } from './chat-cpu.mjs';
import { cleanUp, onCleanup } from './chat-exit.mjs';
import { histogram, merge, percentile } from './chat-latency.mjs';
import { ClientPool } from './chat-pool.mjs';
import { createPopulation } from './chat-population.mjs';
import { serverMeter } from './chat-server-metrics.mjs';
import { startServer } from './server.mjs';

const users = Number(process.env.BENCH_CHAT_USERS ?? 2000);
const workers = Number(process.env.BENCH_CHAT_WORKERS ?? 2);
const steps = (process.env.BENCH_CHAT_STEPS ?? '100,250,500,1000,1500,2000').split(',').map(Number);
const stepSeconds = Number(process.env.BENCH_CHAT_STEP_SECONDS ?? 10);
const apiPort = Number(process.env.BENCH_CHAT_PORT ?? 3210);
const relayPort = apiPort + 1;
const GROUP_SIZE = 5;
/** The rule for "sustained", printed with the figures. */
const SUSTAINED_SHARE = 0.95;
const SUSTAINED_P99_MS = 100;
/** A step delivering less than this share of its rate saturated the server: higher ones are skipped. */
const SATURATED_SHARE = 0.8;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the server's processes are nearly idle (connecting 2,000 people of one organization
 * sends each arrival's presence to everyone already there), so a step does not measure that.
 */
async function settle(pids, timeoutMs = 180_000) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const meter = cpuMeter({ server: () => pids });
    await sleep(1000);
    if (meter.stop().server < 0.25) {
      return;
    }
  }
  throw new Error('the server stayed busy for 3 minutes after the clients connected');
}

/** One step on every worker: its share of the rate, then until everything is acknowledged and delivered. */
async function step(pool, rate, cpuGroups, metrics) {
  const server = metrics ? await serverMeter(metrics.base, metrics.token) : null;
  const meter = cpuMeter(cpuGroups);
  await Promise.race([
    pool.all('send', () => ({ label: String(rate), rate: rate / workers, seconds: stepSeconds })),
    pool.failed,
  ]);
  const cores = meter.stop();
  const inServer = await server?.stop();
  await Promise.race([pool.all('drain', () => ({ timeoutMs: 20_000 })), pool.failed]);
  return { cores, inServer };
}

/** Adds up the workers' verdicts per step. */
function combine(verdicts) {
  const byLabel = new Map();
  for (const { labels } of verdicts) {
    for (const [label, stats] of Object.entries(labels)) {
      const sum = byLabel.get(label) ?? { latency: histogram(), windowSeconds: 0, refused: 0 };
      for (const key of ['offered', 'acked', 'completedInWindow', 'lost', 'lostMessages', 'unacked', 'duplicated']) {
        sum[key] = (sum[key] ?? 0) + stats[key];
      }
      sum.recoveredBySync = (sum.recoveredBySync ?? 0) + stats.recoveredBySync;
      sum.refused += Object.values(stats.refused).reduce((total, count) => total + count, 0);
      sum.windowSeconds = Math.max(sum.windowSeconds, stats.windowSeconds);
      sum.loopDelayP99 = Math.max(sum.loopDelayP99 ?? 0, stats.loopDelayP99);
      merge(sum.latency, stats.latency);
      byLabel.set(label, sum);
    }
  }
  const totals = {};
  for (const verdict of verdicts) {
    for (const [key, value] of Object.entries(verdict.totals)) {
      totals[key] = (totals[key] ?? 0) + value;
    }
  }
  return { byLabel, totals };
}

/** Connects every user to `url`, runs the steps, and verifies (catching up by hub:sync if `sync`). */
async function runSteps({ name, url, population, serverPids, sync, metrics }) {
  const pool = await ClientPool.start({
    workers,
    population,
    urlsOf: () => [url],
    options: { ackTimeoutMs: 30_000, resilient: false },
  });
  onCleanup(() => pool.close());
  try {
    const connectStarted = performance.now();
    await Promise.race([pool.all('connect', () => ({ concurrency: 50 })), pool.failed]);
    const connectSeconds = (performance.now() - connectStarted) / 1000;
    await settle(serverPids());
    process.stderr.write(`chat bench, ${name}: ${users} sockets connected in ${connectSeconds.toFixed(1)} s\n`);

    const measured = new Map();
    for (const rate of steps) {
      const cpuGroups = {
        server: () => serverPids().slice(0, 1),
        postgres: () => serverPids().slice(1),
        clients: () => pool.pids,
      };
      measured.set(String(rate), await step(pool, rate, cpuGroups, metrics));
      const { byLabel } = combine(await pool.all('verify', () => ({ sync: false })));
      const stats = byLabel.get(String(rate));
      const delivered = stats.completedInWindow / stats.windowSeconds;
      process.stderr.write(
        `chat bench, ${name}: ${rate} msg/s offered, ${delivered.toFixed(0)} delivered, p99 ${fixed(percentile(stats.latency, 0.99))} ms\n`,
      );
      if (delivered < rate * SATURATED_SHARE) {
        break;
      }
    }
    await sleep(2000); // the last events of the last step, if any are late
    const verdict = combine(await Promise.race([pool.all('verify', () => ({ sync })), pool.failed]));
    return { ...verdict, measured, connectSeconds };
  } finally {
    await pool.close();
  }
}

async function startRelay(population, secret) {
  const relay = fork(join(import.meta.dirname, 'chat-relay.mjs'), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  onCleanup(() => relay.kill('SIGKILL'));
  const conversationsOf = {};
  for (const conversation of population.conversations) {
    for (const userId of conversation.memberIds) {
      conversationsOf[userId] = [...(conversationsOf[userId] ?? []), conversation.id];
    }
  }
  await new Promise((resolve, reject) => {
    relay.once('message', resolve);
    relay.once('exit', (code) => reject(new Error(`the relay exited with code ${code}`)));
    relay.send({ port: relayPort, secret, conversationsOf });
  });
  return relay;
}

/** The highest step that delivered its share of the rate, with a p99 within `p99Ms`. */
function sustained(run, p99Ms = SUSTAINED_P99_MS) {
  let best = null;
  for (const [label, stats] of run.byLabel) {
    const rate = Number(label);
    const delivered = stats.completedInWindow / stats.windowSeconds;
    if (delivered >= rate * SUSTAINED_SHARE && percentile(stats.latency, 0.99) <= p99Ms) {
      best = best === null || rate > best.rate ? { rate, delivered, stats } : best;
    }
  }
  return best;
}

function fixed(value, digits = 1) {
  if (value === null || value === undefined) {
    return '—';
  }
  return value === Infinity ? '> 10000' : value.toFixed(digits);
}

function table(name, run) {
  let text = `${name}\n`;
  text += `  ${'offered/s'.padStart(9)} ${'delivered/s'.padStart(11)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'lost'.padStart(6)} ${'dup'.padStart(5)} ${'refused'.padStart(7)}   CPU cores: server, PostgreSQL, clients; loop delay p99: clients[, server]; in-server p99\n`;
  for (const [label, stats] of run.byLabel) {
    const { cores, inServer } = run.measured.get(label);
    const delivered = stats.completedInWindow / stats.windowSeconds;
    text += `  ${(stats.offered / stats.windowSeconds).toFixed(0).padStart(9)} ${delivered.toFixed(0).padStart(11)} `;
    text += `${fixed(percentile(stats.latency, 0.5)).padStart(7)} ${fixed(percentile(stats.latency, 0.99)).padStart(7)} `;
    text += `${String(stats.lost).padStart(6)} ${String(stats.duplicated).padStart(5)} ${String(stats.refused + stats.unacked).padStart(7)}   `;
    text += `${fixed(cores.server, 2)}, ${fixed(cores.postgres, 2)}, ${fixed(cores.clients, 2)}; ${fixed(stats.loopDelayP99)} ms`;
    if (inServer) {
      const bound = inServer.sendP99AtMostMs === null ? '> 2500' : `≤ ${inServer.sendP99AtMostMs}`;
      text += `, ${fixed(inServer.loopDelayP99)} ms; ${bound} ms`;
    }
    text += '\n';
  }
  const { totals } = run;
  text += `  connected in ${run.connectSeconds.toFixed(1)} s; disconnections ${totals.disconnects}, seq gaps ${totals.gaps}, out of order ${totals.outOfOrder}, seq conflicts ${totals.conflicts}\n`;
  return text;
}

/** Runs both and returns the report. */
export async function chatBenchmark() {
  const metricsToken = randomBytes(16).toString('hex');
  const server = await startServer(apiPort, {
    name: 'bench-chat-data',
    // Apart from the other benchmarks' and the browser tests' embedded databases (54327–54329).
    databasePort: 54330,
    // The per-user send limit (10 a second) would refuse the benchmark's own senders.
    env: {
      CHAT_SEND_RATE: '1000000',
      CHAT_SEND_BURST: '1000000',
      DEMO_PORTFOLIO: 'false',
      METRICS_TOKEN: metricsToken,
    },
  });
  let serverStopped = false;
  const stopServer = async () => {
    if (!serverStopped) {
      serverStopped = true;
      await server.stop();
      rmSync(server.dataDir, { recursive: true, force: true });
    }
  };
  onCleanup(stopServer);
  try {
    const secret = readFileSync(join(server.dataDir, 'postgres-password'), 'utf8').trim();
    const databaseUrl = `postgres://postgres:${encodeURIComponent(secret)}@127.0.0.1:${server.database.databasePort}/ownerdash`;
    const population = await createPopulation(databaseUrl, {
      users,
      groupSize: GROUP_SIZE,
      jwtSecret: server.jwtSecret,
    });
    const serverPids = () => [server.pid, ...descendants(server.pid)];
    const base = `http://127.0.0.1:${apiPort}`;
    const metrics = { base, token: metricsToken };
    const api = await runSteps({ name: 'API', url: base, population, serverPids, sync: true, metrics });
    await stopServer();

    const relay = await startRelay(population, server.jwtSecret);
    const baseline = await runSteps({
      name: 'relay',
      url: `http://127.0.0.1:${relayPort}`,
      population,
      serverPids: () => [relay.pid],
      sync: false,
    });
    relay.kill('SIGTERM');

    const conversations = population.conversations.length;
    let report = `\nChat: ${population.users.length.toLocaleString('en-US')} users in ${conversations} groups of ${GROUP_SIZE}, all connected, `;
    report += `${workers} client processes, ${stepSeconds} s per step; latency = send to receipt by each other member\n`;
    report += `delivered/s = messages acknowledged and received by every other member during the step; lost and dup count member-message pairs\n\n`;
    report += table('API (Socket.IO gateway, PostgreSQL)', api);
    report += `  after the run, catching up with hub:sync recovered ${[...api.byLabel.values()].reduce((sum, stats) => sum + stats.recoveredBySync, 0)} deliveries missed live\n\n`;
    report += table('Relay (bare Socket.IO, no database)', baseline);
    const best = (apiBest, relayBest) => {
      let text = `API ${apiBest ? `${apiBest.rate} msg/s (${apiBest.delivered.toFixed(0)} delivered)` : 'none'}, `;
      text += `relay ${relayBest ? `${relayBest.rate} msg/s (${relayBest.delivered.toFixed(0)} delivered)` : 'none'}`;
      return apiBest && relayBest
        ? `${text}, API/relay ${(apiBest.delivered / relayBest.delivered).toFixed(2)}\n`
        : `${text}\n`;
    };
    report += `\nSustained = the highest step delivering ≥ ${SUSTAINED_SHARE * 100}% of its rate with p99 ≤ ${SUSTAINED_P99_MS} ms:\n`;
    report += `  ${best(sustained(api), sustained(baseline))}`;
    report += `The highest step delivering ≥ ${SUSTAINED_SHARE * 100}% of its rate, whatever its p99:\n`;
    report += `  ${best(sustained(api, Infinity), sustained(baseline, Infinity))}`;
    report += `  per step, API/relay delivered and p99: `;
    report += [...api.byLabel.entries()]
      .filter(([label]) => baseline.byLabel.has(label))
      .map(([label, stats]) => {
        const other = baseline.byLabel.get(label);
        const rate = stats.completedInWindow / stats.windowSeconds / (other.completedInWindow / other.windowSeconds);
        const p99 = percentile(stats.latency, 0.99) / percentile(other.latency, 0.99);
        return `${label}: ${rate.toFixed(2)}, ${Number.isFinite(p99) ? p99.toFixed(2) : '—'}`;
      })
      .join('; ');
    report += `\nTarget: ≥ 1,000 msg/s persisted and delivered with p99 ≤ 100 ms, 0 lost, 0 duplicated\n`;
    return report;
  } finally {
    await cleanUp();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  chatBenchmark().then(
    (report) => process.stdout.write(report),
    async (error) => {
      process.stderr.write(`chat benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`);
      await cleanUp();
      process.exit(1);
    },
  );
}
