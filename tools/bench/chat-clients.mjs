// A load-generating worker of the chat benchmarks, forked by chat-pool.mjs. It holds the sockets of
// whole conversations (every member of each), so it knows every message its members send and sees
// each other member receive it on the same clock: latency is receipt time minus send time in this
// process. Each member keeps its conversation's messages by seq, as a client does, which tells a
// message missed, received twice, or stored twice (its clientMessageId at two seqs).
//
// Resilient mode (the fault run) is a client that survives its server: on disconnection it
// reconnects, to the next instance when its own does not answer, catches up with hub:sync from
// its last contiguous seq, syncs as well whenever a live message skips a seq, and sends every
// unacknowledged message again with the same clientMessageId until it is acknowledged.
import { randomBytes } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { io } from 'socket.io-client';
import { histogram, record } from './chat-latency.mjs';

const SOCKET_PATH = '/api/chat/ws';
/**
 * A catch-up is not retried on a short timer like a send: on a busy machine a page of 100 messages
 * can take seconds, and asking again meanwhile only adds to the load.
 */
const SYNC_TIMEOUT_MS = 15_000;
/** Makes clientMessageIds unique across workers and runs. */
const runId = randomBytes(6).toString('hex');

let options = { ackTimeoutMs: 30_000, resilient: false };
const members = [];
/** conversation id → its member ids */
const conversations = new Map();
/** clientMessageId → what was sent and who has received it */
const sent = new Map();
/** Sent and not yet acknowledged. */
const pending = new Set();
/** label (a step's rate, a fault phase) → its counters */
const labels = new Map();
let activeLabel = 'none';
let windowOpen = false;
let stopRequested = false;
let closing = false;
let counter = 0;
const loopDelay = monitorEventLoopDelay({ resolution: 1 });
const totals = { disconnects: 0, reconnects: 0, movedInstance: 0, syncRequests: 0, conflicts: 0 };

function statsOf(label) {
  if (!labels.has(label)) {
    labels.set(label, {
      offered: 0,
      acked: 0,
      ackedAsDuplicate: 0,
      retried: 0,
      refused: {},
      completed: 0,
      completedInWindow: 0,
      windowSeconds: 0,
      receivedLive: 0,
      recoveredBySync: 0,
      duplicated: 0,
      latency: histogram(),
      loopDelayP99: 0,
    });
  }
  return labels.get(label);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function openSocket(url, token) {
  return new Promise((resolve, reject) => {
    const socket = io(url, {
      path: SOCKET_PATH,
      transports: ['websocket'],
      auth: { token },
      reconnection: false,
      forceNew: true,
      // Generous: while 2,000 people connect, each arrival's presence goes to everyone already there.
      timeout: 60_000,
    });
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(new Error(`${url}: ${error.message}`));
    });
  });
}

/** Connects the member to its url of that index and, once connected, catches up and sends what waits. */
async function attach(member, urlIndex) {
  const socket = await openSocket(member.urls[urlIndex], member.token);
  if (member.connection > 0) {
    totals.reconnects += 1;
    if (urlIndex !== member.urlIndex) {
      totals.movedInstance += 1;
    }
  }
  member.socket = socket;
  member.urlIndex = urlIndex;
  member.connection += 1;
  const connection = member.connection;
  socket.on('hub:message_created', (message) => receive(member, message, 'live', connection));
  socket.on('disconnect', () => {
    if (closing || member.socket !== socket) {
      return;
    }
    totals.disconnects += 1;
    if (options.resilient) {
      void reconnect(member);
    }
  });
  if (options.resilient && connection > 1) {
    await catchUp(member).catch(() => undefined); // a dropped socket reconnects and catches up again
  }
  for (const message of member.outbox) {
    member.outbox.delete(message);
    transmit(member, message);
  }
}

/** Its own instance first, then the others in turn, until one takes the connection. */
async function reconnect(member) {
  for (let attempt = 0; !closing; attempt += 1) {
    try {
      await attach(member, (member.urlIndex + attempt) % member.urls.length);
      return;
    } catch {
      await sleep(Math.min(1000, 100 * (attempt + 1)));
    }
  }
}

function timelineOf(member, conversationId) {
  let timeline = member.timelines.get(conversationId);
  if (!timeline) {
    timeline = { seqs: new Map(), clientIds: new Set(), contiguous: 0, lastLiveSeq: 0, outOfOrder: 0 };
    member.timelines.set(conversationId, timeline);
  }
  return timeline;
}

function receive(member, message, source, connection) {
  const timeline = timelineOf(member, message.conversationId);
  const mine = sent.get(message.clientMessageId);
  const existing = timeline.seqs.get(message.seq);
  if (existing) {
    if (existing.clientMessageId !== message.clientMessageId) {
      totals.conflicts += 1;
    } else if (source === 'live' && existing.source === 'live' && existing.connection === connection && mine) {
      // The same event twice on one connection; a sync overlapping live events is not one.
      statsOf(mine.label).duplicated += 1;
    }
    return;
  }
  if (timeline.clientIds.has(message.clientMessageId)) {
    // Stored twice: the same clientMessageId under a second seq.
    if (mine) {
      statsOf(mine.label).duplicated += 1;
    }
    return;
  }
  timeline.seqs.set(message.seq, { clientMessageId: message.clientMessageId, source, connection });
  timeline.clientIds.add(message.clientMessageId);
  while (timeline.seqs.has(timeline.contiguous + 1)) {
    timeline.contiguous += 1;
  }
  if (source === 'live') {
    if (message.seq < timeline.lastLiveSeq) {
      timeline.outOfOrder += 1;
    }
    timeline.lastLiveSeq = message.seq;
    if (options.resilient && message.seq > timeline.contiguous + 1) {
      void catchUp(member).catch(() => undefined);
    }
  }
  if (!mine || mine.senderId === member.userId) {
    return;
  }
  mine.receivedBy += 1;
  const stats = statsOf(mine.label);
  if (source === 'live') {
    stats.receivedLive += 1;
    record(stats.latency, performance.now() - mine.sentAt);
  } else {
    stats.recoveredBySync += 1;
  }
  complete(mine);
}

/** Counts the message once it is acknowledged and every other member has it. */
function complete(message) {
  if (message.completed || !message.acked || message.receivedBy < message.recipients) {
    return;
  }
  message.completed = true;
  const stats = statsOf(message.label);
  stats.completed += 1;
  if (windowOpen && message.label === activeLabel) {
    stats.completedInWindow += 1;
  }
}

/** hub:sync from the last contiguous seq of each of the member's conversations, page after page. */
async function catchUp(member) {
  if (member.syncing) {
    member.syncAgain = true;
    return member.syncing;
  }
  if (!member.socket?.connected) {
    throw new Error('hub:sync: not connected');
  }
  member.syncing = (async () => {
    try {
      do {
        member.syncAgain = false;
        let wanted = [...member.conversationIds];
        while (wanted.length > 0) {
          totals.syncRequests += 1;
          const answer = await member.socket
            .timeout(SYNC_TIMEOUT_MS)
            .emitWithAck('hub:sync', {
              conversations: wanted.map((id) => ({ id, afterSeq: timelineOf(member, id).contiguous })),
            })
            .catch(() => {
              throw new Error(`hub:sync: no answer within ${SYNC_TIMEOUT_MS / 1000} s`);
            });
          if (!answer.ok) {
            throw new Error(`hub:sync: ${answer.error.code} ${answer.error.message}`);
          }
          for (const synced of answer.conversations) {
            for (const message of synced.messages) {
              receive(member, message, 'sync', member.connection);
            }
          }
          wanted = answer.conversations.filter((synced) => synced.hasMore).map((synced) => synced.id);
        }
      } while (member.syncAgain);
    } finally {
      member.syncing = null;
    }
  })();
  return member.syncing;
}

function transmit(member, message) {
  if (!member.socket?.connected) {
    member.outbox.add(message);
    return;
  }
  message.attempts += 1;
  if (message.attempts === 2) {
    statsOf(message.label).retried += 1;
  }
  const payload = {
    conversationId: message.conversationId,
    content: `Benchmark message ${message.clientMessageId} of ${message.label}`,
    clientMessageId: message.clientMessageId,
  };
  member.socket
    .timeout(options.ackTimeoutMs)
    .emit('hub:send_message', payload, (error, answer) => acknowledged(member, message, error, answer));
}

function acknowledged(member, message, error, answer) {
  if (message.acked) {
    // A retry's answer after the first one's: it must name the same stored message.
    if (answer?.ok && answer.message.seq !== message.seq) {
      totals.conflicts += 1;
    }
    return;
  }
  const stats = statsOf(message.label);
  if (error || !answer.ok) {
    const reason = error ? 'no acknowledgement in time' : answer.error.code;
    if (options.resilient && !closing) {
      setTimeout(() => transmit(member, message), 200);
      return;
    }
    stats.refused[reason] = (stats.refused[reason] ?? 0) + 1;
    pending.delete(message);
    return;
  }
  message.acked = true;
  message.seq = answer.message.seq;
  pending.delete(message);
  stats.acked += 1;
  if (answer.duplicate) {
    stats.ackedAsDuplicate += 1;
  }
  complete(message);
}

function sendFrom(member) {
  const conversationId = member.conversationIds[counter % member.conversationIds.length];
  const message = {
    clientMessageId: `${runId}-${counter}`,
    label: activeLabel,
    conversationId,
    senderId: member.userId,
    sentAt: performance.now(),
    recipients: conversations.get(conversationId).length - 1,
    receivedBy: 0,
    acked: false,
    completed: false,
    attempts: 0,
    seq: null,
  };
  counter += 1;
  sent.set(message.clientMessageId, message);
  pending.add(message);
  statsOf(message.label).offered += 1;
  transmit(member, message);
}

/**
 * Sends `rate` messages per second, from the members in turn, for `seconds` (0: until `stop`).
 * The schedule is by elapsed time, so a late timer sends what fell due meanwhile.
 */
async function sendAtRate({ label, rate, seconds }) {
  activeLabel = label;
  windowOpen = true;
  stopRequested = false;
  loopDelay.reset();
  loopDelay.enable();
  const startedAt = performance.now();
  let count = 0;
  await new Promise((resolve) => {
    const timer = setInterval(() => {
      const elapsed = (performance.now() - startedAt) / 1000;
      const due = Math.floor(rate * (seconds > 0 ? Math.min(elapsed, seconds) : elapsed));
      for (; count < due; count += 1) {
        sendFrom(members[count % members.length]);
      }
      if (stopRequested || (seconds > 0 && elapsed >= seconds)) {
        clearInterval(timer);
        resolve();
      }
    }, 5);
  });
  windowOpen = false;
  loopDelay.disable();
  const stats = statsOf(label);
  stats.windowSeconds = (performance.now() - startedAt) / 1000;
  stats.loopDelayP99 = loopDelay.percentile(99) / 1e6;
  return { sent: count };
}

async function connectAll({ concurrency }) {
  const queue = [...members];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let member = queue.shift(); member; member = queue.shift()) {
        await attach(member, member.urlIndex);
      }
    }),
  );
  return { connected: members.length };
}

/** Until every message is acknowledged and delivered, or `timeoutMs` passed. */
async function drain({ timeoutMs }) {
  const deadline = performance.now() + timeoutMs;
  const undelivered = () => [...sent.values()].filter((message) => message.acked && !message.completed).length;
  while (performance.now() < deadline && (pending.size > 0 || undelivered() > 0)) {
    await sleep(100);
  }
  return { unacked: pending.size, undelivered: undelivered() };
}

/**
 * Catches every member up (when `sync`), then counts per label what an acknowledged message
 * failed to reach: a member-message pair is lost when that member holds no copy of it.
 */
async function verify({ sync }) {
  if (sync) {
    const queue = [...members];
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        for (let member = queue.shift(); member; member = queue.shift()) {
          for (let attempt = 1; ; attempt += 1) {
            try {
              await catchUp(member);
              break;
            } catch (error) {
              if (attempt === 5) {
                throw error;
              }
              await sleep(500);
            }
          }
        }
      }),
    );
  }
  const result = {};
  for (const [label, stats] of labels) {
    result[label] = { ...stats, lost: 0, lostMessages: 0, unacked: 0 };
  }
  for (const message of sent.values()) {
    const stats = result[message.label];
    if (!message.acked) {
      stats.unacked += 1;
    } else if (message.receivedBy < message.recipients) {
      stats.lost += message.recipients - message.receivedBy;
      stats.lostMessages += 1;
    }
  }
  let gaps = 0;
  let outOfOrder = 0;
  for (const member of members) {
    for (const timeline of member.timelines.values()) {
      gaps += Math.max(0, ...timeline.seqs.keys()) - timeline.seqs.size;
      outOfOrder += timeline.outOfOrder;
    }
  }
  return { labels: result, totals: { ...totals, gaps, outOfOrder } };
}

/** Resilient members whose socket is on another instance than their own go back to it. */
async function rehome() {
  await Promise.all(
    members
      .filter((member) => member.urlIndex !== member.homeIndex)
      .map(async (member) => {
        const previous = member.socket;
        // Cleared first, so the old socket's disconnection is not taken for one to recover from.
        member.socket = null;
        previous?.close();
        member.urlIndex = member.homeIndex;
        await reconnect(member);
      }),
  );
  return {};
}

const commands = {
  init(message) {
    options = message.options;
    for (const conversation of message.conversations) {
      conversations.set(conversation.id, conversation.memberIds);
    }
    for (const member of message.members) {
      members.push({
        ...member,
        urlIndex: member.homeIndex,
        socket: null,
        connection: 0,
        timelines: new Map(),
        outbox: new Set(),
        syncing: null,
        syncAgain: false,
      });
    }
    return {};
  },
  connect: connectAll,
  send: sendAtRate,
  label({ label }) {
    activeLabel = label;
    return {};
  },
  stop() {
    stopRequested = true;
    return {};
  },
  drain,
  verify,
  rehome,
  close() {
    closing = true;
    for (const member of members) {
      member.socket?.close();
    }
    setImmediate(() => process.exit(0));
    return {};
  },
};

process.on('message', async (message) => {
  try {
    const result = await commands[message.command](message);
    process.send({ id: message.id, ok: true, result });
  } catch (error) {
    process.send({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
// The parent went away (it crashed or was killed): nothing is left to report to.
process.on('disconnect', () => process.exit(1));
