#!/usr/bin/env node
// npm run bench:faults: two API instances on one PostgreSQL and one Redis (a private redis-server
// on a free port, not the machine's), BENCH_FAULT_USERS users (200) in groups of 5 whose members
// are spread over both instances, sending BENCH_FAULT_RATE messages per second (100) throughout.
// Mid-run instance A is killed (SIGKILL) and started again, its clients then going back to it;
// later Redis is killed and started again. Clients reconnect (to the other instance while theirs is
// down), catch up by seq with hub:sync, and send every unacknowledged message again with the same
// clientMessageId until it is acknowledged. At the end every member catches up once more, and each
// acknowledged message must have reached every other member exactly once, with no seq missing;
// any loss or duplicate exits 1. Phases last BENCH_FAULT_PHASE_SECONDS (10) each.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { cleanUp, onCleanup, onExit } from './chat-exit.mjs';
import { ClientPool } from './chat-pool.mjs';
import { createPopulation } from './chat-population.mjs';
import { ApiInstance, freePort, PrivateRedis, startDatabase } from './chat-services.mjs';

const users = Number(process.env.BENCH_FAULT_USERS ?? 200);
const rate = Number(process.env.BENCH_FAULT_RATE ?? 100);
const phaseSeconds = Number(process.env.BENCH_FAULT_PHASE_SECONDS ?? 10);
const workers = 2;
const dataDir = join(import.meta.dirname, '..', '..', 'tmp', 'bench-chat-faults');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (text) => process.stderr.write(`chat faults: ${text}\n`);

async function run() {
  rmSync(dataDir, { recursive: true, force: true });
  onExit(() => rmSync(dataDir, { recursive: true, force: true }));
  const redis = new PrivateRedis(await freePort());
  onCleanup(() => redis.kill());
  await redis.start();
  const database = await startDatabase(dataDir, await freePort());
  onCleanup(() => database.stop());

  const jwtSecret = randomBytes(32).toString('hex');
  const shared = {
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    REDIS_URL: redis.url,
    // Channels of this run only, whatever else shares a Redis.
    REDIS_CHANNEL_PREFIX: `bench-faults-${randomBytes(4).toString('hex')}`,
    JWT_SECRET: jwtSecret,
    FIELD_ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}`,
    DEMO_PASSWORD: 'bench demo password 2026',
    DEMO_PORTFOLIO: 'false',
    CHAT_SEND_RATE: '1000000',
    CHAT_SEND_BURST: '1000000',
    LOG_LEVEL: 'error',
  };
  const [portA, portB] = [await freePort(), await freePort()];
  const a = new ApiInstance('A', portA, { ...shared, DATA_DIR: join(dataDir, 'a') });
  const b = new ApiInstance('B', portB, { ...shared, DATA_DIR: join(dataDir, 'b') });
  onCleanup(() => a.stop());
  onCleanup(() => b.stop());
  // One after the other: the first runs the migrations and seeds, the second finds them done.
  await a.start();
  await b.start();

  const population = await createPopulation(database.url, { users, groupSize: 5, jwtSecret });
  // Consecutive users alternate, so every conversation has members on both instances.
  const pool = await ClientPool.start({
    workers,
    population,
    urlsOf: (index) => (index % 2 === 0 ? [a.url, b.url] : [b.url, a.url]),
    options: { ackTimeoutMs: 2000, resilient: true },
  });
  onCleanup(() => pool.close());
  const guarded = (promise) => Promise.race([promise, pool.failed, a.crashed, b.crashed]);
  await guarded(pool.all('connect', () => ({ concurrency: 20 })));
  log(`${users} clients connected, half to A (${a.url}), half to B (${b.url}); ${rate} messages per second`);

  const phase = async (label) => {
    log(label);
    await guarded(pool.all('label', () => ({ label })));
  };
  const phases = ['before', 'A killed', 'A back', 'Redis restart', 'after'];
  const sending = guarded(pool.all('send', () => ({ label: phases[0], rate: rate / workers, seconds: 0 })));
  sending.catch(() => undefined); // awaited below; a failure meanwhile must not go unhandled
  await guarded(sleep(phaseSeconds * 1000));

  await phase(phases[1]);
  await a.stop('SIGKILL');
  await guarded(sleep(phaseSeconds * 1000));
  await a.start();

  await phase(phases[2]);
  await guarded(pool.all('rehome'));
  await guarded(sleep(phaseSeconds * 1000));

  await phase(phases[3]);
  await redis.kill();
  await guarded(sleep(3000));
  await redis.start();
  await guarded(sleep(phaseSeconds * 1000));

  await phase(phases[4]);
  await guarded(sleep(phaseSeconds * 1000));
  await guarded(pool.all('stop'));
  await sending;

  log('sending stopped; waiting for every acknowledgement, then catching everyone up');
  await guarded(pool.all('drain', () => ({ timeoutMs: 60_000 })));
  await sleep(2000);
  const verdicts = await guarded(pool.all('verify', () => ({ sync: true })));
  return report(verdicts, phases);
}

function report(verdicts, phases) {
  const keys = ['offered', 'acked', 'retried', 'ackedAsDuplicate', 'receivedLive', 'recoveredBySync', 'lost'];
  const columns = [...keys, 'duplicated', 'unacked'];
  const sums = new Map(phases.map((phase) => [phase, Object.fromEntries(columns.map((key) => [key, 0]))]));
  const totals = {};
  for (const verdict of verdicts) {
    for (const [phase, stats] of Object.entries(verdict.labels)) {
      for (const key of columns) {
        sums.get(phase)[key] += stats[key];
      }
    }
    for (const [key, value] of Object.entries(verdict.totals)) {
      totals[key] = (totals[key] ?? 0) + value;
    }
  }
  const headers = ['sent', 'acked', 'retried', 'ack=dup', 'live', 'by sync', 'lost', 'dup', 'unacked'];
  let text = `\nChat faults: ${users} users in groups of 5 over two API instances, ${rate} messages per second, `;
  text += `${phaseSeconds} s phases; deliveries count member-message pairs (each message to its 4 other members)\n`;
  text += `${'phase'.padEnd(14)}${headers.map((header) => header.padStart(9)).join('')}\n`;
  let failures = totals.gaps + totals.conflicts;
  for (const [phase, sum] of sums) {
    text += `${phase.padEnd(14)}${columns.map((key) => String(sum[key]).padStart(9)).join('')}\n`;
    failures += sum.lost + sum.duplicated + sum.unacked;
  }
  text += `reconnections ${totals.reconnects} (${totals.movedInstance} to the other instance), sync requests ${totals.syncRequests}, `;
  text += `seq gaps ${totals.gaps}, seq conflicts ${totals.conflicts}, live events out of order ${totals.outOfOrder}\n`;
  text +=
    failures === 0
      ? 'Every acknowledged message reached every other member exactly once, with no seq missing.\n'
      : `FAILED: ${failures} lost, duplicated, unacknowledged or out-of-line deliveries.\n`;
  return { text, failures };
}

run().then(
  async ({ text, failures }) => {
    await cleanUp();
    process.stdout.write(text);
    process.exit(failures === 0 ? 0 : 1);
  },
  async (error) => {
    process.stderr.write(`chat faults failed: ${error instanceof Error ? error.message : String(error)}\n`);
    await cleanUp();
    process.exit(1);
  },
);
