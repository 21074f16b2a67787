/**
 * Whole counts for parts of a whole total whose shares are fractional (a month's leads split by
 * its mix of sources): each part gets its whole share, then the parts with the largest fractions
 * get one more until they add up to `total` (the largest-remainder method; a tie goes to the part
 * listed first). The parts are scaled to `total` first, so a sum off by a rounding error still
 * lands exactly on it.
 */
export function wholeCounts(total: number, parts: readonly number[]): number[] {
  const sum = parts.reduce((acc, part) => acc + part, 0);
  if (total <= 0 || sum <= 0) {
    return parts.map(() => 0);
  }
  const exact = parts.map((part) => (part * total) / sum);
  const counts = exact.map(Math.floor);
  const left = total - counts.reduce((acc, count) => acc + count, 0);
  const byFraction = exact
    .map((value, index) => ({ index, fraction: value - Math.floor(value) }))
    .sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (const { index } of byFraction.slice(0, left)) {
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}
