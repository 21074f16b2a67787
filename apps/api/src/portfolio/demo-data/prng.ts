/**
 * Seeded pseudo-random numbers for the demo data: mulberry32, a 32-bit generator that is fast,
 * tiny and good enough for plausible-looking rows. Not for anything security-related.
 */

/** FNV-1a over the text's UTF-16 code units, then a final avalanche so similar seeds diverge. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /**
   * An independent stream named by its parts, e.g. `Random.of(seed, propertySlug, 'units')`:
   * each part of the data draws from its own stream, so adding a draw to one part does not
   * shift every number after it in the others.
   */
  static of(...parts: readonly (string | number)[]): Random {
    return new Random(hashSeed(parts.join('\u001f')));
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let mixed = this.state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  }

  /** A float in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) {
      throw new RangeError('cannot pick from an empty list');
    }
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One of the values, each as likely as its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let target = this.next() * total;
    for (const [value, weight] of entries) {
      target -= weight;
      if (target < 0) {
        return value;
      }
    }
    const last = entries[entries.length - 1];
    if (last === undefined) {
      throw new RangeError('cannot pick from an empty list');
    }
    return last[0];
  }

  /** Normally distributed (Box–Muller). */
  normal(mean: number, deviation: number): number {
    const radius = Math.sqrt(-2 * Math.log(1 - this.next()));
    return mean + deviation * radius * Math.cos(2 * Math.PI * this.next());
  }

  /** How many events happen when `mean` are expected; exact for small means, normal beyond. */
  poisson(mean: number): number {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 30) {
      return Math.max(0, Math.round(this.normal(mean, Math.sqrt(mean))));
    }
    const limit = Math.exp(-mean);
    let count = 0;
    let product = this.next();
    while (product > limit) {
      count += 1;
      product *= this.next();
    }
    return count;
  }

  /** How many of `trials` succeed with the given probability each. */
  binomial(trials: number, probability: number): number {
    let successes = 0;
    for (let trial = 0; trial < trials; trial += 1) {
      if (this.next() < probability) {
        successes += 1;
      }
    }
    return successes;
  }

  /** A new array in random order (Fisher–Yates). */
  shuffled<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let index = copy.length - 1; index > 0; index -= 1) {
      const other = Math.floor(this.next() * (index + 1));
      [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
    }
    return copy;
  }
}
