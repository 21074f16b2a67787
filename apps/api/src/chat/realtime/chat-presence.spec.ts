import { PresenceEvent } from '@ownerdash/contracts';
import { DataSource } from 'typeorm';
import { ChatPresence } from './chat-presence';
import { ChatServer } from './chat-server';
import { MemoryPresenceStore } from './memory-presence-store';
import { PRESENCE_HEARTBEAT_MS, PRESENCE_TTL_MS } from './presence-store';

/** A memory store whose adds wait until `release` is called, like a slow Redis. */
class SlowStore extends MemoryPresenceStore {
  private readonly waiting: (() => void)[] = [];

  override async add(userId: string, socket: string): Promise<boolean> {
    await new Promise<void>((resolve) => this.waiting.push(resolve));
    return super.add(userId, socket);
  }

  release(): void {
    for (const resolve of this.waiting.splice(0)) {
      resolve();
    }
  }

  get pending(): number {
    return this.waiting.length;
  }

  override async close(): Promise<void> {
    this.release();
  }
}

const ADA = { userId: 'ada', organizationId: 'phh' };

/** Flushes the promise callbacks queued so far (no timers involved). */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('ChatPresence', () => {
  let announced: [string, PresenceEvent][];
  const server = {
    to: (room: string) => ({ emit: (_event: string, payload: PresenceEvent) => announced.push([room, payload]) }),
  } as unknown as ChatServer;

  beforeEach(() => {
    announced = [];
  });

  afterEach(() => jest.useRealTimers());

  it('removes a socket that disconnects while it is still being added, after the add', async () => {
    const store = new SlowStore();
    const presence = new ChatPresence(store, {} as DataSource);
    presence.attach(server);

    presence.connected('s1', ADA);
    await settle();
    expect(store.pending).toBe(1);
    presence.disconnected('s1');
    store.release();
    await settle();

    expect(await store.online(['ada'])).toEqual([]);
    expect(announced).toEqual([
      ['org:phh', { userId: 'ada', status: 'online' }],
      ['org:phh', { userId: 'ada', status: 'offline' }],
    ]);
    await presence.onModuleDestroy();
  });

  it('does not add a socket that disconnected before its turn came', async () => {
    const store = new SlowStore();
    const presence = new ChatPresence(store, {} as DataSource);
    presence.attach(server);

    presence.connected('s1', ADA);
    presence.connected('s2', ADA);
    presence.disconnected('s2');
    await settle();
    store.release();
    await settle();
    presence.disconnected('s1');
    await settle();

    expect(store.pending).toBe(0);
    expect(announced.map(([, event]) => event.status)).toEqual(['online', 'offline']);
    await presence.onModuleDestroy();
  });

  it('keeps its sockets online by renewing them on every heartbeat, long past the TTL', async () => {
    jest.useFakeTimers();
    const store = new MemoryPresenceStore(() => Date.now());
    const presence = new ChatPresence(store, {} as DataSource);
    presence.attach(server);
    presence.connected('s1', ADA);

    await jest.advanceTimersByTimeAsync(3 * PRESENCE_TTL_MS + PRESENCE_HEARTBEAT_MS / 2);

    expect(await store.online(['ada'])).toEqual(['ada']);
    expect(announced.map(([, event]) => event.status)).toEqual(['online']);
    await presence.onModuleDestroy();
    expect(announced.map(([, event]) => event.status)).toEqual(['online', 'offline']);
  });
});
