// What the audit trail costs and what a dashboard reference costs a send, each as a ratio measured
// in the same run (BENCH_ONLY=audit runs it alone; part of `npm run bench`). Two servers run side
// by side on embedded databases of their own, one with the audit trail and one without
// (AUDIT_ENABLED=false, which the API honours outside production only: both run as development
// so they differ in nothing else), and the same load goes to one and then the other, round after
// round (BENCH_AUDIT_ROUNDS, BENCH_AUDIT_SECONDS each), so a busy machine slows both alike. The
// ratios are of the rounds' medians.
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { BenchApi } from './api.mjs';
import { DEMO_PASSWORD, startServer } from './server.mjs';

const rounds = Number(process.env.BENCH_AUDIT_ROUNDS ?? 5);
const seconds = Number(process.env.BENCH_AUDIT_SECONDS ?? 3);
const AUDIT_OVERHEAD_TARGET = 0.15;
const REFERENCE_RATIO_TARGET = 0.5;

function load(base, request, connections = 10) {
  return new Promise((resolve, reject) => {
    autocannon({ url: base, connections, duration: seconds, requests: [request] }, (error, result) => {
      if (error) {
        reject(error);
      } else if (result.errors > 0 || result.non2xx > 0) {
        reject(
          new Error(`${request.method} ${request.path}: ${result.errors} errors, ${result.non2xx} non-2xx answers`),
        );
      } else {
        resolve(result);
      }
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The scenarios' requests on one server: its admin, a user to change the rights of, chat groups. */
async function scenariosOf(base) {
  const api = new BenchApi(base);
  const admin = await api.signIn('admin@kairoi.example', DEMO_PASSWORD);
  const user = await api.restrictedUser(admin);
  const groups = [];
  for (let n = 0; n < 10; n += 1) {
    const { body } = await api.call('POST', '/api/chat/conversations', {
      token: admin.token,
      body: { type: 'group', name: `Bench ${n}`, memberIds: [user.id] },
    });
    groups.push(body.id);
  }
  const headers = { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' };
  let toggle = false;
  let sent = 0;
  const send = (reference) => ({
    method: 'POST',
    path: `/api/chat/conversations/${groups[0]}/messages`,
    headers,
    setupRequest: (request) => {
      sent += 1;
      return {
        ...request,
        path: `/api/chat/conversations/${groups[sent % groups.length]}/messages`,
        body: JSON.stringify({
          content: `Occupancy update ${sent}`,
          clientMessageId: randomUUID(),
          ...(reference ? { reference } : {}),
        }),
      };
    },
  });
  return {
    'PUT /api/admin/users/:id/permissions (a view on, then off)': {
      method: 'PUT',
      path: `/api/admin/users/${user.id}/permissions`,
      headers,
      setupRequest: (request) => {
        toggle = !toggle;
        return { ...request, body: JSON.stringify({ views: { 'leasing.marketing': toggle } }) };
      },
    },
    'GET /api/portfolio/overview/kpi-tiles (admin)': {
      method: 'GET',
      path: '/api/portfolio/overview/kpi-tiles',
      headers: { authorization: headers.authorization },
    },
    'POST a chat message (REST)': send(null),
    'POST a chat message with a kpi reference (REST)': send({ type: 'kpi', id: 'portfolio:occupancy_pct' }),
  };
}

/** Requests per second of every scenario on both servers, alternating, round after round. */
async function alternate(servers) {
  const perScenario = new Map();
  for (let round = 0; round < rounds; round += 1) {
    // Which server goes first alternates too, so neither always follows the other's load.
    const order = round % 2 === 0 ? servers : [...servers].reverse();
    for (const name of Object.keys(order[0].scenarios)) {
      for (const server of order) {
        const result = await load(server.base, server.scenarios[name]);
        const runs = perScenario.get(name) ?? { on: [], off: [], p99: { on: [], off: [] } };
        runs[server.audit].push(result.requests.average);
        runs.p99[server.audit].push(result.latency.p99);
        perScenario.set(name, runs);
      }
    }
  }
  return perScenario;
}

export async function auditOverheadBenchmark() {
  const started = [];
  try {
    for (const [audit, port, databasePort] of [
      ['on', 3220, 54331],
      ['off', 3221, 54332],
    ]) {
      const server = await startServer(port, {
        name: `bench-audit-${audit}`,
        databasePort,
        env: {
          NODE_ENV: 'development',
          AUDIT_ENABLED: audit === 'on' ? 'true' : 'false',
          CHAT_SEND_RATE: '1000000',
          CHAT_SEND_BURST: '1000000',
        },
      });
      started.push(server);
      const base = `http://127.0.0.1:${port}`;
      started.at(-1).bench = { audit, base, scenarios: await scenariosOf(base) };
    }
    const servers = started.map((server) => server.bench);
    // Warm up both (JIT, pools, caches) before the measured rounds.
    for (const server of servers) {
      for (const request of Object.values(server.scenarios)) {
        await load(server.base, request);
      }
    }
    const measured = await alternate(servers);

    let report = `\nAuditing on vs off and a kpi reference vs none: two servers (development mode, the demo data), `;
    report += `${rounds} alternating rounds of ${seconds} s per scenario, 10 connections; medians of the rounds\n\n`;
    report += `${'scenario'.padEnd(54)} ${'on req/s'.padStart(9)} ${'off req/s'.padStart(10)} ${'on/off'.padStart(7)} ${'overhead'.padStart(9)}   p99 on, off\n`;
    for (const [name, runs] of measured) {
      const on = median(runs.on);
      const off = median(runs.off);
      report += `${name.padEnd(54)} ${on.toFixed(0).padStart(9)} ${off.toFixed(0).padStart(10)} ${(on / off).toFixed(2).padStart(7)} `;
      report += `${`${((1 - on / off) * 100).toFixed(0)} %`.padStart(9)}   ${median(runs.p99.on)} ms, ${median(runs.p99.off)} ms\n`;
    }
    const plain = measured.get('POST a chat message (REST)');
    const referenced = measured.get('POST a chat message with a kpi reference (REST)');
    report += `Target: auditing's overhead ≤ ${AUDIT_OVERHEAD_TARGET * 100} %; the chat send rate with auditing on, as a ratio to off, is the chat message row\n`;
    report += `kpi reference / plain message send rate (auditing on): ${(median(referenced.on) / median(plain.on)).toFixed(2)} `;
    report += `(auditing off: ${(median(referenced.off) / median(plain.off)).toFixed(2)}; target ≥ ${REFERENCE_RATIO_TARGET})\n`;
    return report;
  } finally {
    for (const server of started) {
      await server.stop();
    }
  }
}
