// The API's own view of a chat benchmark step, from its Prometheus metrics: how long a send took
// inside the server (from reaching it to its event leaving for the room), and its event-loop delay.
// Set beside the clients' end-to-end latency, it tells time spent in the server from time elsewhere.

/** The counters of the send-to-delivery histogram by upper bound, and the event-loop delay p99. */
async function scrape(base, token) {
  const response = await fetch(`${base}/api/metrics`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) {
    throw new Error(`GET /api/metrics: ${response.status}`);
  }
  const buckets = new Map();
  let loopDelayP99 = null;
  for (const line of (await response.text()).split('\n')) {
    const bucket = /^ownerdash_chat_send_to_delivery_seconds_bucket\{le="([^"]+)"\} (\d+)/.exec(line);
    if (bucket) {
      buckets.set(bucket[1], Number(bucket[2]));
    }
    const loop = /^nodejs_eventloop_lag_p99_seconds (\S+)/.exec(line);
    if (loop) {
      loopDelayP99 = Number(loop[1]) * 1000;
    }
  }
  return { buckets, loopDelayP99 };
}

/**
 * Starts measuring; `stop()` answers the upper bound (ms) of the histogram bucket holding the p99
 * of the sends meanwhile, and the event-loop delay p99 (ms) as of the end.
 */
export async function serverMeter(base, token) {
  const before = await scrape(base, token);
  return {
    async stop() {
      const after = await scrape(base, token);
      const counts = [...after.buckets].map(([bound, count]) => [bound, count - (before.buckets.get(bound) ?? 0)]);
      const total = counts.find(([bound]) => bound === '+Inf')?.[1] ?? 0;
      const p99 = counts.find(([, count]) => total > 0 && count >= total * 0.99)?.[0];
      return {
        sendP99AtMostMs: p99 === undefined || p99 === '+Inf' ? null : Number(p99) * 1000,
        loopDelayP99: after.loopDelayP99,
      };
    },
  };
}
