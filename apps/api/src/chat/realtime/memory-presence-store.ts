import { PRESENCE_TTL_MS, PresenceStore } from './presence-store';

/**
 * Presence in this instance's memory, for an instance that works alone: what it tracks would end
 * with it anyway. Sockets lapse as they do in Redis, so both stores behave alike.
 */
export class MemoryPresenceStore extends PresenceStore {
  /** The sockets of each user who has any, lapsed or not, with their expiry. */
  private readonly users = new Map<string, Map<string, number>>();

  constructor(
    /** Milliseconds since the epoch. */
    private readonly now: () => number = Date.now,
  ) {
    super();
  }

  async add(userId: string, socket: string): Promise<boolean> {
    const now = this.now();
    const sockets = this.users.get(userId) ?? new Map<string, number>();
    dropLapsed(sockets, now);
    const cameOnline = sockets.size === 0;
    sockets.set(socket, now + PRESENCE_TTL_MS);
    this.users.set(userId, sockets);
    return cameOnline;
  }

  async remove(userId: string, socket: string): Promise<boolean> {
    this.users.get(userId)?.delete(socket);
    return this.settle(userId);
  }

  async online(userIds: readonly string[]): Promise<string[]> {
    const now = this.now();
    return userIds.filter((userId) => [...(this.users.get(userId)?.values() ?? [])].some((expiry) => expiry > now));
  }

  async sweep(): Promise<string[]> {
    return [...this.users.keys()].filter((userId) => this.settle(userId));
  }

  async close(): Promise<void> {
    this.users.clear();
  }

  /** Drops the user's lapsed sockets; true when that leaves none, and the user went offline. */
  private settle(userId: string): boolean {
    const sockets = this.users.get(userId);
    if (!sockets) {
      return false;
    }
    dropLapsed(sockets, this.now());
    if (sockets.size > 0) {
      return false;
    }
    this.users.delete(userId);
    return true;
  }
}

function dropLapsed(sockets: Map<string, number>, now: number): void {
  for (const [socket, expiry] of sockets) {
    if (expiry <= now) {
      sockets.delete(socket);
    }
  }
}
