// Chat search over a million messages (BENCH_ONLY=search runs it alone; part of `npm run bench`):
// a "Scale N" organization (BENCH_SEARCH_SCALE, 30 properties by default) gets a conversation per
// property and BENCH_SEARCH_MESSAGES messages (1,000,000) spread over them, written by one SQL
// statement into the benchmark's own database rather than through the API; then its admin, who
// reads every one of those conversations, searches one request at a time (the latency of one
// search; the target is its p99) for a word in one message in 10,000 for BENCH_SECONDS (10), then
// BENCH_SEARCH_FREQUENT_ROUNDS (5) times for one in about one message in ten, which may take
// seconds each — run last, so an abandoned one cannot hold up the other's.
import autocannon from 'autocannon';
import { BenchApi } from './api.mjs';
import { connectBenchDatabase, seedScale } from './portfolio.mjs';
import { DEMO_PASSWORD, startServer } from './server.mjs';

const port = 3230;
const scale = Number(process.env.BENCH_SEARCH_SCALE ?? 30);
const messages = Number(process.env.BENCH_SEARCH_MESSAGES ?? 1_000_000);
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const frequentRounds = Number(process.env.BENCH_SEARCH_FREQUENT_ROUNDS ?? 5);
const SEARCH_P99_TARGET_MS = 100;

/** Words the messages are made of; "boiler" is kept for the rare search. */
const WORDS = [
  'occupancy',
  'lease',
  'renewal',
  'tenant',
  'rent',
  'invoice',
  'budget',
  'repair',
  'roof',
  'parking',
  'elevator',
  'insurance',
  'vacancy',
  'move-in',
  'deposit',
  'inspection',
  'contract',
  'forecast',
  'utility',
  'meeting',
  'garden',
  'window',
  'heating',
  'cleaning',
  'security',
  'permit',
  'loan',
  'refinance',
  'appraisal',
  'marketing',
];

/** One statement: `messages` messages round-robin over the organization's property conversations. */
async function generateMessages(database, organizationId) {
  await database.query(
    `INSERT INTO chat_conversations (organization_id, type, property_id)
     SELECT organization_id, 'property', id FROM properties WHERE organization_id = $1`,
    [organizationId],
  );
  await database.query(
    `WITH conversations AS (
       SELECT array_agg(id ORDER BY id) AS ids, count(*)::int AS k FROM chat_conversations
        WHERE organization_id = $1 AND type = 'property'
     ),
     sender AS (SELECT id FROM users WHERE organization_id = $1 AND role = 'admin' LIMIT 1)
     INSERT INTO chat_messages (conversation_id, seq, sender_id, client_message_id, content, created_at)
     SELECT c.ids[1 + n % c.k], 1 + n / c.k, s.id, 'bench-search-' || n,
            format('%s %s and %s for the %s', w[1 + n % 30], w[1 + (n / 30) % 29], w[1 + (n / 870) % 30],
                   CASE WHEN n % 10000 = 0 THEN 'boiler' ELSE w[1 + (n * 7) % 30] END),
            now() - make_interval(secs => $2 - n)
     FROM conversations c, sender s, CAST($3 AS text[]) AS w, generate_series(0, $2 - 1) AS n`,
    [organizationId, messages, WORDS],
  );
  await database.query(
    `UPDATE chat_conversations c SET last_seq = m.last, last_message_at = now()
       FROM (SELECT conversation_id, max(seq) AS last FROM chat_messages GROUP BY conversation_id) m
      WHERE m.conversation_id = c.id`,
  );
  await database.query(`VACUUM ANALYZE chat_messages`);
}

/** One search after another, for `run` (a duration or an amount); answers slower than 60 s count as timeouts. */
function search(base, token, q, run) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${base}/api/chat/search?q=${encodeURIComponent(q)}`,
        connections: 1,
        timeout: 60,
        ...run,
        headers: { authorization: `Bearer ${token}` },
      },
      (error, result) => {
        if (error || result.non2xx > 0) {
          reject(error ?? new Error(`search ${q}: ${result.non2xx} non-2xx answers`));
        } else {
          resolve(result);
        }
      },
    );
  });
}

export async function chatSearchBenchmark() {
  const server = await startServer(port, {
    name: 'bench-search-data',
    databasePort: 54333,
    env: { DEMO_PORTFOLIO: 'false' },
  });
  try {
    const seeded = await seedScale({ ...server.database, scale, password: DEMO_PASSWORD });
    const database = await connectBenchDatabase(server.database);
    const started = performance.now();
    try {
      await generateMessages(database, seeded.organizationId);
    } finally {
      await database.destroy();
    }
    const generatedSeconds = (performance.now() - started) / 1000;
    const base = `http://127.0.0.1:${port}`;
    const admin = await new BenchApi(base).signIn(seeded.adminEmail, DEMO_PASSWORD);
    await search(base, admin.token, 'inspection boiler', { duration: 2 });
    const rare = await search(base, admin.token, 'boiler', { duration });
    const frequent = await search(base, admin.token, 'occupancy', { amount: frequentRounds });

    let report = `\nChat search: ${messages.toLocaleString('en-US')} messages in the ${scale} property conversations of Scale ${scale} `;
    report += `(generated in ${generatedSeconds.toFixed(0)} s), searched by its admin, one request at a time\n`;
    for (const [name, result] of [
      [`GET /api/chat/search?q=boiler (1 message in 10,000), ${duration} s`, rare],
      [`GET /api/chat/search?q=occupancy (about 1 message in 10), ${frequentRounds} times`, frequent],
    ]) {
      const timeouts = result.timeouts > 0 ? `, ${result.timeouts} timed out after 60 s` : '';
      report += `  ${name.padEnd(68)} ${result.requests.average.toFixed(1).padStart(7)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms${timeouts}\n`;
    }
    report += `Target: search p99 < ${SEARCH_P99_TARGET_MS} ms\n`;
    return report;
  } finally {
    await server.stop();
  }
}
