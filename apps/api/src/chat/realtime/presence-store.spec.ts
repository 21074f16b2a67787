import { randomUUID } from 'node:crypto';
import { MemoryPresenceStore } from './memory-presence-store';
import { PRESENCE_TTL_MS, PresenceStore } from './presence-store';
import { RedisPresenceStore } from './redis-presence-store';

/** The machine's Redis, as CI starts it; TEST_REDIS_URL points elsewhere. */
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

const stores: [string, (now: () => number, prefix: string) => PresenceStore][] = [
  ['in memory', (now) => new MemoryPresenceStore(now)],
  ['in Redis', (now, prefix) => new RedisPresenceStore(REDIS_URL, prefix, now)],
];

describe.each(stores)('PresenceStore %s', (_, createStore) => {
  let now: number;
  let prefix: string;
  let store: PresenceStore;

  beforeEach(() => {
    now = Date.now();
    prefix = `ownerdash-test-${randomUUID()}`;
    store = createStore(() => now, prefix);
  });

  afterEach(() => store.close());

  it('tells the first socket in and the last one out, not those between', async () => {
    expect(await store.add('ada', 'a:1')).toBe(true);
    expect(await store.add('ada', 'b:2')).toBe(false);
    expect(await store.online(['ada', 'grace'])).toEqual(['ada']);

    expect(await store.remove('ada', 'a:1')).toBe(false);
    expect(await store.online(['ada'])).toEqual(['ada']);
    expect(await store.remove('ada', 'b:2')).toBe(true);
    expect(await store.online(['ada'])).toEqual([]);
  });

  it('tells nothing when a socket it does not hold goes', async () => {
    await store.add('ada', 'a:1');

    expect(await store.remove('ada', 'a:2')).toBe(false);
    expect(await store.remove('grace', 'a:1')).toBe(false);
    expect(await store.online(['ada'])).toEqual(['ada']);
  });

  it('lets a socket lapse after the TTL, and the sweep tells the user left, once', async () => {
    await store.add('ada', 'a:1');
    await store.add('grace', 'a:2');
    now += PRESENCE_TTL_MS - 1;
    await store.add('grace', 'a:2');
    now += 1;

    expect(await store.online(['ada', 'grace'])).toEqual(['grace']);
    expect(await store.sweep()).toEqual(['ada']);
    expect(await store.sweep()).toEqual([]);
    expect(await store.remove('ada', 'a:1')).toBe(false);
  });

  it('keeps a user online on a renewing instance while the sockets of one that died lapse', async () => {
    await store.add('ada', 'dead:1');
    await store.add('ada', 'live:2');
    for (let beat = 0; beat < 4; beat += 1) {
      now += PRESENCE_TTL_MS / 2;
      expect(await store.add('ada', 'live:2')).toBe(false);
    }

    expect(await store.sweep()).toEqual([]);
    expect(await store.online(['ada'])).toEqual(['ada']);
    expect(await store.remove('ada', 'live:2')).toBe(true);
  });

  it('tells a user online again who comes back before the sweep found them gone', async () => {
    await store.add('ada', 'a:1');
    now += PRESENCE_TTL_MS;

    expect(await store.add('ada', 'a:2')).toBe(true);
    expect(await store.sweep()).toEqual([]);
    expect(await store.online(['ada'])).toEqual(['ada']);
  });

  it('lets the removal of a last, lapsed socket tell the user left, and not the sweep after it', async () => {
    await store.add('ada', 'a:1');
    now += PRESENCE_TTL_MS;

    expect(await store.remove('ada', 'a:1')).toBe(true);
    expect(await store.sweep()).toEqual([]);
  });
});

describe('PresenceStore in Redis, with several instances', () => {
  it('has exactly one of the instances sweeping at once tell that a user left', async () => {
    let now = Date.now();
    const prefix = `ownerdash-test-${randomUUID()}`;
    const instances = Array.from({ length: 3 }, () => new RedisPresenceStore(REDIS_URL, prefix, () => now));
    try {
      await instances[0]?.add('ada', 'dead:1');
      await instances[1]?.add('grace', 'dead:2');
      now += PRESENCE_TTL_MS;

      const swept = await Promise.all(instances.map((instance) => instance.sweep()));

      expect(swept.flat().sort()).toEqual(['ada', 'grace']);
      expect(await instances[2]?.online(['ada', 'grace'])).toEqual([]);
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
    }
  });
});
