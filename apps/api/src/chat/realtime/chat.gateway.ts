import {
  OnGatewayConnection,
  OnGatewayDisconnect,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
} from '@nestjs/websockets';
import { CHAT_SOCKET_ERROR_CODES, CHAT_SOCKET_PATH, ChatAck } from '@ownerdash/contracts';
import { DataSource } from 'typeorm';
import { AuthContext } from '../../auth/auth-context';
import { DomainEvents } from '../../events/domain-events';
import { ChatMetrics } from '../../metrics/chat-metrics';
import { ChatHandshakeRefused } from '../chat.events';
import { currentReader } from '../chat-people';
import { ConversationAccess, conversationNotFound } from '../conversation-access';
import { MessageHistory } from '../message-history';
import { MessagePosting } from '../message-posting';
import { ReadState } from '../read-state';
import { ChatFanout } from './chat-fanout';
import { ChatPresence } from './chat-presence';
import { conversationRoom, organizationRoom, sessionRoom, threadRoom, userRoom } from './chat-rooms';
import { ChatServer, ChatSocket } from './chat-server';
import { answer, payloadOf } from './socket-answers';
import { SocketCallers } from './socket-callers';
import {
  ConversationRefDto,
  PresenceQueryDto,
  SocketReadDto,
  SocketSendMessageDto,
  SyncDto,
} from './socket-payloads.dto';

/** Messages one sync answers per conversation; the client syncs again from the last for more. */
const SYNC_PAGE = 100;

/**
 * The chat's Socket.IO endpoint. A socket is admitted with the access token of its handshake and
 * placed in the rooms of its user, its session, its organization and every conversation the user
 * may read before its connection completes, so a client that syncs right after connecting misses
 * nothing. Its user counts as online from its connection to its disconnection. Each event is
 * handled by the same services as the REST routes, and acknowledged with their answer or error.
 */
@WebSocketGateway({ path: CHAT_SOCKET_PATH, transports: ['websocket'], serveClient: false })
export class ChatGateway implements OnGatewayInit<ChatServer>, OnGatewayConnection, OnGatewayDisconnect {
  constructor(
    private readonly callers: SocketCallers,
    private readonly fanout: ChatFanout,
    private readonly presence: ChatPresence,
    private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
    private readonly posting: MessagePosting,
    private readonly history: MessageHistory,
    private readonly readState: ReadState,
    private readonly metrics: ChatMetrics,
    private readonly events: DomainEvents,
  ) {}

  private server?: ChatServer;

  afterInit(server: ChatServer): void {
    this.server = server;
    server.use((socket, next) => {
      this.admit(socket).then(
        (refusal) => next(refusal ? new Error(refusal) : undefined),
        (error: unknown) => next(error instanceof Error ? error : new Error(String(error))),
      );
    });
    this.fanout.attach(server);
    this.metrics.countSocketsWith(() => server.engine.clientsCount);
    this.presence.attach(server);
  }

  /**
   * Presence starts once the connection is complete, not in the handshake: a client that goes
   * away during the handshake never connects, so no disconnection would take it offline again.
   */
  handleConnection(socket: ChatSocket): void {
    const caller = this.callers.known(socket);
    if (caller) {
      this.presence.connected(socket.id, caller);
    }
  }

  handleDisconnect(socket: ChatSocket): void {
    this.presence.disconnected(socket.id);
  }

  /** Disconnects this instance's sockets, not those of other instances sharing the adapter. */
  disconnectLocalSockets(): void {
    this.server?.local.disconnectSockets(true);
  }

  @SubscribeMessage('hub:send_message')
  send(socket: ChatSocket, payload: unknown) {
    return this.asCaller(socket, async (caller) => {
      const body = await payloadOf(SocketSendMessageDto, payload);
      const { conversationId, ...message } = body;
      const posted = await this.posting.send(caller, conversationId, message);
      return { message: posted.message, duplicate: !posted.created };
    });
  }

  @SubscribeMessage('hub:sync')
  sync(socket: ChatSocket, payload: unknown) {
    return this.asCaller(socket, async (caller) => {
      const { conversations } = await payloadOf(SyncDto, payload);
      const readable = new Set(await this.access.readableIds(this.dataSource.manager, caller));
      const synced = [];
      for (const { id, afterSeq } of conversations) {
        if (!readable.has(id.toLowerCase())) {
          synced.push({ id, messages: [], hasMore: false, removed: true });
          continue;
        }
        const page = await this.history.page(caller, id, { after: afterSeq, limit: SYNC_PAGE });
        this.metrics.catchUpSize.observe(page.items.length);
        synced.push({ id, messages: page.items, hasMore: page.hasMore, removed: false });
      }
      return { conversations: synced };
    });
  }

  @SubscribeMessage('hub:read')
  read(socket: ChatSocket, payload: unknown) {
    return this.asCaller(socket, async (caller) => {
      const { conversationId, seq } = await payloadOf(SocketReadDto, payload);
      return { lastReadSeq: await this.readState.markRead(caller, conversationId, seq) };
    });
  }

  /** Typing is for those who have the conversation open, not for every device of every reader. */
  @SubscribeMessage('hub:typing')
  typing(socket: ChatSocket, payload: unknown) {
    return this.asCaller(socket, async (caller) => {
      const { conversationId } = await payloadOf(ConversationRefDto, payload);
      const { id } = await this.access.readable(this.dataSource.manager, caller, conversationId);
      socket
        .to(threadRoom(id))
        .emit('hub:typing', { conversationId: id, userId: caller.userId, displayName: caller.displayName });
      return {};
    });
  }

  @SubscribeMessage('hub:join_conversation')
  joinConversation(socket: ChatSocket, payload: unknown) {
    return this.asCaller(socket, async (caller) => {
      const { conversationId } = await payloadOf(ConversationRefDto, payload);
      const manager = this.dataSource.manager;
      const { id } = await this.access.readable(manager, caller, conversationId);
      await socket.join(threadRoom(id));
      // Access lost between the check and the join took the socket out of rooms it was not in
      // yet; checking again once it is in, with the rights as they are now, closes that gap.
      const reader = await currentReader(manager, caller.userId);
      if (!reader || !(await this.access.find(manager, reader, id))) {
        await socket.leave(threadRoom(id));
        throw conversationNotFound();
      }
      return {};
    });
  }

  @SubscribeMessage('hub:leave_conversation')
  leaveConversation(socket: ChatSocket, payload: unknown) {
    return this.asCaller(socket, async () => {
      const { conversationId } = await payloadOf(ConversationRefDto, payload);
      await socket.leave(threadRoom(conversationId.toLowerCase()));
      return {};
    });
  }

  @SubscribeMessage('hub:presence_query')
  presenceQuery(socket: ChatSocket, payload: unknown) {
    return this.asCaller(socket, async (caller) => {
      const { userIds } = await payloadOf(PresenceQueryDto, payload);
      return { online: await this.presence.onlineColleagues(caller.organizationId, userIds) };
    });
  }

  /** The refusal of the handshake, or null once the socket is admitted and in its rooms. */
  private async admit(socket: ChatSocket): Promise<string | null> {
    const admitted = await this.callers.admit(socket);
    if ('refusal' in admitted) {
      if (admitted.named) {
        const userAgent = socket.handshake.headers['user-agent'] ?? null;
        this.events.publish([
          new ChatHandshakeRefused(
            admitted.named.userId,
            admitted.named.organizationId,
            admitted.refusal,
            socket.handshake.address || null,
            userAgent,
          ),
        ]);
      }
      return admitted.refusal;
    }
    const { caller } = admitted;
    const conversations = await this.access.readableIds(this.dataSource.manager, caller);
    await socket.join([
      userRoom(caller.userId),
      sessionRoom(caller.sessionId),
      organizationRoom(caller.organizationId),
      ...conversations.map(conversationRoom),
    ]);
    return null;
  }

  /**
   * Runs an event for the socket's caller as of now. A caller whose rights changed is asked to
   * reconnect with a fresh token; one whose session or account ended is disconnected.
   */
  private async asCaller<T extends object>(
    socket: ChatSocket,
    work: (caller: AuthContext) => Promise<T>,
  ): Promise<ChatAck<T>> {
    const current = await this.callers.current(socket);
    if ('refusal' in current) {
      if (current.refusal !== 'permissions-changed') {
        socket.disconnect(true);
      }
      return {
        ok: false,
        error: { code: CHAT_SOCKET_ERROR_CODES.reauthenticate, message: 'Reconnect with a fresh access token.' },
      };
    }
    return answer(() => work(current.caller));
  }
}
