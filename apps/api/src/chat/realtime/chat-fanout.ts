import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SessionsRevoked } from '../../auth/auth.events';
import { DomainEvents } from '../../events/domain-events';
import { ChatMetrics } from '../../metrics/chat-metrics';
import { NotificationsCreated } from '../../notifications/notifications.events';
import { EffectivePermissionsService } from '../../permissions/effective-permissions';
import { PermissionVersionBumped, UserDeactivated } from '../../users/users.events';
import {
  ChatMembershipChanged,
  ChatMessageChanged,
  ChatMessagePosted,
  ChatPropertyConversationStarted,
  ChatReadMoved,
} from '../chat.events';
import { currentReader } from '../chat-people';
import { ConversationAccess } from '../conversation-access';
import { MessageDto } from '../messages.dto';
import { referenceFor } from '../reference-views';
import { StoredReference } from '../stored-reference';
import { conversationOfRoom, conversationRoom, sessionRoom, threadRoom, userRoom } from './chat-rooms';
import { ChatServer } from './chat-server';
import { SocketData } from './socket-callers';

const CHANGE_EVENTS = {
  updated: 'hub:message_updated',
  deleted: 'hub:message_deleted',
  reaction: 'hub:reaction_changed',
} as const;

/**
 * Carries committed chat changes to the sockets of those who may read them, and keeps every
 * socket in exactly the rooms of the conversations its user may read (and out of the threads of
 * those they may not, wherever it leaves a conversation's room): joining and leaving
 * conversations, a property entering or leaving someone's scope, their rights changing, their
 * sessions ending or the account being deactivated all act on the sockets at once. Rooms are
 * addressed through the Socket.IO adapter, so the same calls reach sockets on every instance.
 */
@Injectable()
export class ChatFanout {
  constructor(
    private readonly events: DomainEvents,
    private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
    private readonly permissions: EffectivePermissionsService,
    private readonly metrics: ChatMetrics,
  ) {}

  attach(server: ChatServer): void {
    const on = this.events.on.bind(this.events);
    on(ChatMessagePosted, ChatFanout.name, async ({ message, receivedAt, reference }) => {
      await this.emitMessage(server, 'hub:message_created', message, reference);
      this.metrics.messagesStored.inc();
      this.metrics.sendToDelivery.observe((performance.now() - receivedAt) / 1000);
    });
    on(ChatMessageChanged, ChatFanout.name, ({ change, message, reference }) =>
      this.emitMessage(server, CHANGE_EVENTS[change], message, reference),
    );
    on(NotificationsCreated, ChatFanout.name, ({ notifications }) => {
      for (const { userId, notification } of notifications) {
        server.to(userRoom(userId)).emit('notification:created', notification);
      }
    });
    on(ChatReadMoved, ChatFanout.name, ({ conversationId, userId, seq }) => {
      server.to(conversationRoom(conversationId)).emit('hub:read', { conversationId, userId, seq });
    });
    on(ChatMembershipChanged, ChatFanout.name, ({ conversationId, joined, left }) => {
      const room = conversationRoom(conversationId);
      for (const userId of joined) {
        server.in(userRoom(userId)).socketsJoin(room);
      }
      for (const userId of left) {
        server.in(userRoom(userId)).socketsLeave([room, threadRoom(conversationId)]);
        server.to(userRoom(userId)).emit('hub:conversation_removed', { conversationId });
      }
      server.to(room).emit('hub:conversation_updated', { conversationId });
    });
    on(ChatPropertyConversationStarted, ChatFanout.name, async ({ conversationId, organizationId, propertyId }) => {
      const room = conversationRoom(conversationId);
      for (const userId of await this.permissions.usersSeeing(organizationId, propertyId)) {
        server.in(userRoom(userId)).socketsJoin(room);
      }
      server.to(room).emit('hub:conversation_updated', { conversationId });
    });
    on(SessionsRevoked, ChatFanout.name, ({ sessionIds }) => {
      for (const sessionId of sessionIds) {
        server.in(sessionRoom(sessionId)).disconnectSockets(true);
      }
    });
    on(UserDeactivated, ChatFanout.name, ({ userId }) => {
      server.in(userRoom(userId)).disconnectSockets(true);
    });
    on(PermissionVersionBumped, ChatFanout.name, ({ userId }) => this.regroup(server, userId));
  }

  /**
   * A message to its conversation's room. With a reference, each socket hears it as its user may
   * see the reference now (one room frame would show every reader the same snapshot).
   */
  private async emitMessage(
    server: ChatServer,
    event: 'hub:message_created' | (typeof CHANGE_EVENTS)[keyof typeof CHANGE_EVENTS],
    message: MessageDto,
    reference: StoredReference | null,
  ): Promise<void> {
    const room = conversationRoom(message.conversationId);
    if (reference === null) {
      server.to(room).emit(event, message);
      return;
    }
    for (const socket of await server.in(room).fetchSockets()) {
      const { caller } = socket.data as SocketData;
      const rights = caller ? await this.permissions.of(caller) : null;
      socket.emit(event, { ...message, reference: referenceFor(reference, rights) });
    }
  }

  /**
   * The user's rights changed: their sockets leave the rooms of conversations they may no longer
   * read and join those they now may, then hear that they should reconnect with a fresh token.
   */
  private async regroup(server: ChatServer, userId: string): Promise<void> {
    const reader = await currentReader(this.dataSource.manager, userId);
    const readable = new Set(reader ? await this.access.readableIds(this.dataSource.manager, reader) : []);
    const sockets = await server.in(userRoom(userId)).fetchSockets();
    for (const socket of sockets) {
      for (const room of socket.rooms) {
        const conversationId = conversationOfRoom(room);
        if (conversationId && !readable.has(conversationId)) {
          socket.leave(room);
          socket.leave(threadRoom(conversationId));
          socket.emit('hub:conversation_removed', { conversationId });
        }
      }
    }
    server.in(userRoom(userId)).socketsJoin([...readable].map(conversationRoom));
    server.to(userRoom(userId)).emit('session:permissions_changed');
  }
}
