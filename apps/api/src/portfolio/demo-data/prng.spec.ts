import { hashSeed, Random } from './prng';

const draws = (random: Random, count: number) => Array.from({ length: count }, () => random.next());

describe('Random', () => {
  it('repeats the same sequence for the same seed and another for another seed', () => {
    expect(draws(new Random(42), 5)).toEqual(draws(new Random(42), 5));
    expect(draws(new Random(42), 5)).not.toEqual(draws(new Random(43), 5));
    expect(draws(Random.of('phh', 'parkside', 'units'), 5)).toEqual(draws(Random.of('phh', 'parkside', 'units'), 5));
    expect(draws(Random.of('phh', 'parkside', 'units'), 5)).not.toEqual(
      draws(Random.of('phh', 'parkside', 'reviews'), 5),
    );
  });

  it('names streams unambiguously: ("ab", "c") is not ("a", "bc")', () => {
    expect(Random.of('ab', 'c').next()).not.toBe(Random.of('a', 'bc').next());
  });

  it('spreads floats evenly over [0, 1) and whole numbers over both ends of their range', () => {
    const random = new Random(7);
    const buckets = new Array<number>(10).fill(0);
    const ints = new Set<number>();
    for (let index = 0; index < 100_000; index += 1) {
      const value = random.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      buckets[Math.floor(value * 10)] += 1;
      ints.add(random.int(3, 6));
    }
    for (const count of buckets) {
      expect(count).toBeGreaterThan(9_500);
      expect(count).toBeLessThan(10_500);
    }
    expect([...ints].sort()).toEqual([3, 4, 5, 6]);
  });

  it('picks weighted values about as often as their weight, and counts events around their mean', () => {
    const random = new Random(11);
    let heavy = 0;
    let poissonSum = 0;
    let normalSum = 0;
    for (let index = 0; index < 20_000; index += 1) {
      heavy +=
        random.weighted([
          ['heavy', 3],
          ['light', 1],
        ]) === 'heavy'
          ? 1
          : 0;
      poissonSum += random.poisson(4);
      normalSum += random.normal(10, 2);
    }
    expect(heavy / 20_000).toBeCloseTo(0.75, 1);
    expect(poissonSum / 20_000).toBeCloseTo(4, 1);
    expect(normalSum / 20_000).toBeCloseTo(10, 1);
  });

  it('shuffles without losing or duplicating anything', () => {
    const items = Array.from({ length: 50 }, (_, index) => index);
    const shuffled = new Random(3).shuffled(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
  });
});

describe('hashSeed', () => {
  it('is stable across runs and spreads similar texts apart', () => {
    expect(hashSeed('kairoi')).toBe(hashSeed('kairoi'));
    expect(hashSeed('scale-1')).not.toBe(hashSeed('scale-2'));
    expect(hashSeed('')).toBeGreaterThanOrEqual(0);
  });
});
