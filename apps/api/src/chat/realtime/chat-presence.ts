import { randomUUID } from 'node:crypto';
import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { PresenceStatus } from '@ownerdash/contracts';
import { DataSource } from 'typeorm';
import { chatQuery } from '../chat-sql';
import { organizationRoom } from './chat-rooms';
import { ChatServer } from './chat-server';
import { PRESENCE_HEARTBEAT_MS, PresenceStore } from './presence-store';

interface SocketUser {
  readonly userId: string;
  readonly organizationId: string;
}

/**
 * Who is online, for the chat: this instance's connected sockets are recorded in the presence
 * store, renewed on every heartbeat, and a user coming online or going offline is told to their
 * organization's room. Each user's store updates of this instance run one after another, so a
 * socket that disconnects while it is still being added is removed after it, not before (which
 * would leave it online), and the user's announcements go out in the order the store made them.
 */
@Injectable()
export class ChatPresence implements OnModuleDestroy {
  private readonly logger = new Logger(ChatPresence.name);
  /** Tells this instance's entries in a shared store apart from other instances'. */
  private readonly instanceId = randomUUID();
  private readonly sockets = new Map<string, SocketUser>();
  private readonly queues = new Map<string, Promise<void>>();
  private server?: ChatServer;
  private heartbeat?: NodeJS.Timeout;
  /** A beat still waiting for the store (Redis unreachable, say) is not joined by the next ones. */
  private beating = false;
  private closed = false;

  constructor(
    private readonly store: PresenceStore,
    private readonly dataSource: DataSource,
  ) {}

  attach(server: ChatServer): void {
    this.server = server;
    this.heartbeat = setInterval(() => void this.beat(), PRESENCE_HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  connected(socketId: string, { userId, organizationId }: SocketUser): void {
    if (this.closed) {
      return;
    }
    const socket = { userId, organizationId };
    this.sockets.set(socketId, socket);
    void this.enqueue(socket.userId, async () => {
      if (this.sockets.has(socketId) && (await this.store.add(socket.userId, this.entry(socketId)))) {
        this.announce(socket, 'online');
      }
    });
  }

  disconnected(socketId: string): void {
    const socket = this.sockets.get(socketId);
    if (!socket) {
      return;
    }
    this.sockets.delete(socketId);
    void this.enqueue(socket.userId, async () => {
      if (await this.store.remove(socket.userId, this.entry(socketId))) {
        this.announce(socket, 'offline');
      }
    });
  }

  /** Those of the users who are online, on any instance. */
  async online(userIds: readonly string[]): Promise<Set<string>> {
    return new Set(userIds.length > 0 ? await this.store.online(userIds) : []);
  }

  /**
   * Those of the users who are online and of the organization, deduplicated and lower-cased;
   * anyone else counts as offline, so presence tells outsiders nothing.
   */
  async onlineColleagues(organizationId: string, userIds: readonly string[]): Promise<string[]> {
    const unique = [...new Set(userIds.map((id) => id.toLowerCase()))];
    const colleagues = await chatQuery<{ id: string }>(
      this.dataSource.manager,
      `SELECT id FROM users WHERE id = ANY(CAST(:ids AS uuid[])) AND organization_id = :organizationId`,
      { ids: unique, organizationId },
    );
    const online = await this.online(colleagues.map((colleague) => colleague.id));
    return unique.filter((id) => online.has(id));
  }

  /**
   * Forgets this instance's sockets, telling who thereby went offline, before the store closes:
   * the sockets are about to be cut, and their clients come back through another instance.
   */
  async onModuleDestroy(): Promise<void> {
    clearInterval(this.heartbeat);
    this.closed = true;
    for (const socketId of [...this.sockets.keys()]) {
      this.disconnected(socketId);
    }
    await Promise.all(this.queues.values());
    await this.store.close();
  }

  /**
   * Renews this instance's live sockets, then sweeps the lapsed ones of every instance: those of
   * an instance that died are forgotten, and their users told offline once no socket is left.
   */
  private async beat(): Promise<void> {
    if (this.beating) {
      return;
    }
    this.beating = true;
    try {
      const users = new Map<string, SocketUser>();
      for (const socket of this.sockets.values()) {
        users.set(socket.userId, socket);
      }
      await Promise.all([...users.values()].map((user) => this.enqueue(user.userId, () => this.renew(user))));
      const gone = await this.store.sweep();
      if (gone.length > 0) {
        for (const user of await this.organizationsOf(gone)) {
          this.announce(user, 'offline');
        }
      }
    } catch (error) {
      this.logger.warn(`Presence sweep: ${messageOf(error)}`);
    } finally {
      this.beating = false;
    }
  }

  /** Renews the user's sockets on this instance as they are now, not as when the beat began. */
  private async renew(user: SocketUser): Promise<void> {
    let cameOnline = false;
    for (const [socketId, socket] of this.sockets) {
      if (socket.userId === user.userId) {
        cameOnline = (await this.store.add(user.userId, this.entry(socketId))) || cameOnline;
      }
    }
    if (cameOnline) {
      this.announce(user, 'online');
    }
  }

  /** Runs the work after the user's earlier updates; a failure is logged and does not stop later ones. */
  private enqueue(userId: string, work: () => Promise<void>): Promise<void> {
    const queued = (this.queues.get(userId) ?? Promise.resolve()).then(work).catch((error: unknown) => {
      this.logger.warn(`Presence of ${userId}: ${messageOf(error)}`);
    });
    this.queues.set(userId, queued);
    void queued.then(() => {
      if (this.queues.get(userId) === queued) {
        this.queues.delete(userId);
      }
    });
    return queued;
  }

  private organizationsOf(userIds: readonly string[]): Promise<SocketUser[]> {
    return chatQuery<SocketUser>(
      this.dataSource.manager,
      `SELECT id AS "userId", organization_id AS "organizationId" FROM users WHERE id = ANY(CAST(:ids AS uuid[]))`,
      { ids: userIds },
    );
  }

  private announce({ userId, organizationId }: SocketUser, status: PresenceStatus): void {
    this.server?.to(organizationRoom(organizationId)).emit('hub:presence', { userId, status });
  }

  private entry(socketId: string): string {
    return `${this.instanceId}:${socketId}`;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
