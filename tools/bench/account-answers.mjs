// Sign-in and password-reset answers must not tell which accounts exist: not by what they say
// (the API tests check that) and not by how long they take, which is measured here, as timing
// has no place in a test that must pass on any machine under any load.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const WRONG_PASSWORD = 'not the password of anyone';

function messagesIn(outbox) {
  try {
    return readdirSync(outbox).length;
  } catch (error) {
    if (error.code === 'ENOENT') {
      return 0;
    }
    throw error;
  }
}

/** Waits until the server has written `count` messages: a reset link is mailed after the answer. */
async function mailWritten(outbox, count) {
  while (messagesIn(outbox) < count) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * One request at a time, `rounds` rounds of a sign-in with a wrong password for an existing
 * account and for an unknown email, then a forgot-password request for each (which of the two
 * goes first alternates). Every request names an email of its own and comes from a client address of its own
 * (the server trusts the loopback proxy), so the throttle never answers in place of the code
 * measured. A reset link for an existing account is mailed after the answer; the next request
 * waits until that mail is in the server's outbox (`dataDir`), so it does not share the machine
 * with it. A first round, not counted, warms up (the first unknown email also makes the dummy
 * hash). Median latencies in ms, and unknown / existing.
 */
export async function accountAnswerTimings(api, admin, dataDir, rounds) {
  const outbox = join(dataDir, 'outbox');
  let mails = messagesIn(outbox);
  const existing = [];
  for (let round = 0; round <= rounds; round += 1) {
    const email = `bench.timing-${round}@kairoi.example`;
    await api.call('POST', '/api/admin/users', {
      token: admin.token,
      body: { email, displayName: `Timing ${round}`, role: 'user', delivery: 'temporary-password' },
    });
    existing.push(email);
  }

  let clients = 0;
  const timed = async (path, body, status) => {
    clients += 1;
    const started = process.hrtime.bigint();
    const response = await fetch(`${api.base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.18.${clients >> 8}.${clients & 255}` },
      body: JSON.stringify(body),
    });
    await response.arrayBuffer();
    const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
    if (response.status !== status) {
      throw new Error(`POST ${path} for ${body.email}: ${response.status}, expected ${status}`);
    }
    return milliseconds;
  };

  const latencies = { signIn: { existing: [], unknown: [] }, reset: { existing: [], unknown: [] } };
  for (let round = 0; round <= rounds; round += 1) {
    const emails = { existing: existing[round], unknown: `bench.nobody-${round}@kairoi.example` };
    const order = round % 2 === 0 ? ['existing', 'unknown'] : ['unknown', 'existing'];
    for (const kind of order) {
      const latency = await timed('/api/auth/login', { email: emails[kind], password: WRONG_PASSWORD }, 401);
      if (round > 0) {
        latencies.signIn[kind].push(latency);
      }
    }
    for (const kind of order) {
      const latency = await timed('/api/auth/forgot-password', { email: emails[kind] }, 202);
      if (kind === 'existing') {
        mails += 1;
        await mailWritten(outbox, mails);
      }
      if (round > 0) {
        latencies.reset[kind].push(latency);
      }
    }
  }
  const summary = ({ existing: known, unknown }) => ({
    existing: median(known),
    unknown: median(unknown),
    ratio: median(unknown) / median(known),
  });
  return { signIn: summary(latencies.signIn), reset: summary(latencies.reset) };
}
