import { Logger } from '@nestjs/common';
import { createClient } from 'redis';
import { PRESENCE_TTL_MS, PresenceStore } from './presence-store';

/**
 * Drops the user's lapsed sockets, adds or renews this one, and answers 1 when none was live
 * before. The index's score for the user is the latest expiry any of their sockets ever had.
 */
const ADD = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
local cameOnline = redis.call('ZCARD', KEYS[1]) == 0
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3])
redis.call('ZADD', KEYS[2], 'GT', ARGV[2], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
redis.call('PEXPIRE', KEYS[2], ARGV[5])
if cameOnline then return 1 end
return 0`;

/**
 * Takes the socket (none when empty) and the lapsed ones away; when the user has none left, takes
 * them out of the index too. Answers 1 only to the call that did so: the one to tell they left.
 */
const SETTLE = `
if ARGV[2] ~= '' then redis.call('ZREM', KEYS[1], ARGV[2]) end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) > 0 then return 0 end
return redis.call('ZREM', KEYS[2], ARGV[3])`;

/**
 * Keys outlive their last renewal this long, so a deployment whose instances all stopped leaves
 * nothing behind; a live socket's instance renews them on every heartbeat.
 */
const KEY_TTL_MS = 2 * PRESENCE_TTL_MS;

/**
 * Presence in Redis, shared by every instance of the deployment: per user a sorted set of their
 * sockets (`<instance>:<socket>`) scored by expiry, and an index of the users who have any, scored
 * by their latest expiry, which the sweep reads to find those whose sockets all lapsed. Each
 * change runs as one script, so concurrent changes from several instances cannot both tell the
 * same change. The keys share one hash tag, so the scripts also run on a Redis cluster.
 */
export class RedisPresenceStore extends PresenceStore {
  private readonly logger = new Logger(RedisPresenceStore.name);
  private readonly client: ReturnType<typeof createClient>;
  private readonly keyPrefix: string;

  constructor(
    url: string,
    prefix: string,
    /** Milliseconds since the epoch, alike on every instance. */
    private readonly now: () => number = Date.now,
  ) {
    super();
    this.keyPrefix = `{${prefix}:presence}`;
    this.client = createClient({ url });
    this.client.on('error', (error: Error) => this.logger.warn(`Redis: ${error.message}`));
    // Commands wait in the client's queue until it is connected, as the Socket.IO adapter's do.
    void this.client.connect();
  }

  async add(userId: string, socket: string): Promise<boolean> {
    const now = this.now();
    const reply = await this.client.eval(ADD, {
      keys: [this.socketsKey(userId), this.indexKey()],
      arguments: [String(now), String(now + PRESENCE_TTL_MS), socket, userId, String(KEY_TTL_MS)],
    });
    return Number(reply) === 1;
  }

  remove(userId: string, socket: string): Promise<boolean> {
    return this.settle(userId, socket);
  }

  async online(userIds: readonly string[]): Promise<string[]> {
    const live = `(${this.now()}`;
    const counts = await Promise.all(
      userIds.map((userId) => this.client.zCount(this.socketsKey(userId), live, '+inf')),
    );
    return userIds.filter((_, index) => (counts[index] ?? 0) > 0);
  }

  async sweep(): Promise<string[]> {
    const lapsed = await this.client.zRangeByScore(this.indexKey(), '-inf', this.now());
    const settled = await Promise.all(lapsed.map((userId) => this.settle(userId, '')));
    return lapsed.filter((_, index) => settled[index]);
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  private async settle(userId: string, socket: string): Promise<boolean> {
    const reply = await this.client.eval(SETTLE, {
      keys: [this.socketsKey(userId), this.indexKey()],
      arguments: [String(this.now()), socket, userId],
    });
    return Number(reply) === 1;
  }

  private indexKey(): string {
    return `${this.keyPrefix}:users`;
  }

  private socketsKey(userId: string): string {
    return `${this.keyPrefix}:sockets:${userId}`;
  }
}
