// Latency histograms of the chat benchmarks: fixed buckets of 0.1 ms up to 10 s (later ones count
// in the last), so the workers can add them up and send them to the parent as they are.
const BUCKET_MS = 0.1;
const BUCKETS = 100_001;

export function histogram() {
  return new Uint32Array(BUCKETS);
}

export function record(counts, milliseconds) {
  counts[Math.min(BUCKETS - 1, Math.max(0, Math.round(milliseconds / BUCKET_MS)))] += 1;
}

export function merge(target, source) {
  for (let index = 0; index < BUCKETS; index += 1) {
    target[index] += source[index];
  }
  return target;
}

export function total(counts) {
  return counts.reduce((sum, count) => sum + count, 0);
}

/**
 * The latency in ms below which `fraction` of the recorded ones lie; null when none were recorded,
 * Infinity when it is beyond the last bucket.
 */
export function percentile(counts, fraction) {
  const wanted = Math.ceil(total(counts) * fraction);
  if (wanted === 0) {
    return null;
  }
  let seen = 0;
  for (let index = 0; index < BUCKETS; index += 1) {
    seen += counts[index];
    if (seen >= wanted) {
      return index === BUCKETS - 1 ? Infinity : index * BUCKET_MS;
    }
  }
  return Infinity;
}
