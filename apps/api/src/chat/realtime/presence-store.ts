/**
 * How long a socket counts as connected after its instance last vouched for it. Each instance
 * renews its live sockets every PRESENCE_HEARTBEAT_MS, so a few missed heartbeats (a long pause,
 * a lost Redis connection) pass unnoticed, while the sockets of an instance that died lapse.
 */
export const PRESENCE_TTL_MS = 30_000;
export const PRESENCE_HEARTBEAT_MS = 10_000;

/**
 * Who is online: each user's connected sockets, on every instance, each until its expiry. A user
 * is online while any of their sockets has not lapsed. The changes are told by the one call that
 * makes them: `add` when none of the user's sockets was live, `remove` or `sweep` when it takes
 * away the last socket the user had, lapsed or not, and only one of them does (also with several
 * instances sweeping at once). So no change goes untold; an online is told twice only when the
 * user's sockets lapsed and were not swept yet.
 */
export abstract class PresenceStore {
  /**
   * Marks the socket connected for the next PRESENCE_TTL_MS, also to renew it; true when the user
   * thereby came online.
   */
  abstract add(userId: string, socket: string): Promise<boolean>;

  /** Forgets the socket; true when the user thereby went offline. */
  abstract remove(userId: string, socket: string): Promise<boolean>;

  /** Those of the users who are online. */
  abstract online(userIds: readonly string[]): Promise<string[]>;

  /** Forgets lapsed sockets: the users who thereby went offline. */
  abstract sweep(): Promise<string[]>;

  abstract close(): Promise<void>;
}
