import { HttpStatus, Injectable } from '@nestjs/common';
import { ERROR_CODES } from '@ownerdash/contracts';
import { EntityManager, QueryFailedError } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { recordEvent, UnitOfWork } from '../events/unit-of-work';
import { EffectivePermissions, EffectivePermissionsService } from '../permissions/effective-permissions';
import { ChatMessagePosted } from './chat.events';
import { ChatNotifications } from './chat-notifications';
import { ChatReader } from './chat-reader';
import { MESSAGE_COLUMNS, MessageRow } from './chat-rows';
import { chatQuery } from './chat-sql';
import { ConversationAccess } from './conversation-access';
import { toMessageDto } from './message-dto';
import { MessageDto, SendMessageDto } from './messages.dto';
import { ReferenceSnapshots } from './reference-snapshots';
import { SendRateLimit } from './send-rate-limit';
import { StoredReference } from './stored-reference';

export interface Posted {
  readonly message: MessageDto;
  /** False when the clientMessageId named a message sent before: the retry changed nothing. */
  readonly created: boolean;
}

/** A send with its reference checked and taken, and the sender's rights to show it by. */
type Sending = Omit<SendMessageDto, 'reference'> & {
  readonly reference: StoredReference | null;
  readonly rights: EffectivePermissions;
};

const CLIENT_MESSAGE_ID_CONSTRAINT = 'chat_messages_sender_client_message_uq';

/**
 * Sends messages. Each send numbers its message with the conversation's next seq while holding
 * the conversation's row lock, so concurrent senders queue up and seq has neither gaps nor
 * repeats; and the sender's clientMessageId makes any retry — on any instance, at any time —
 * return the message already stored instead of adding another.
 */
@Injectable()
export class MessagePosting {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: ConversationAccess,
    private readonly rateLimit: SendRateLimit,
    private readonly notifications: ChatNotifications,
    private readonly references: ReferenceSnapshots,
    private readonly permissions: EffectivePermissionsService,
  ) {}

  async send(sender: ChatReader, conversationId: string, body: SendMessageDto): Promise<Posted> {
    const receivedAt = performance.now();
    const verdict = this.rateLimit.take(sender.userId);
    if (!verdict.allowed) {
      const seconds = Math.max(1, Math.ceil(verdict.retryAfterMs / 1000));
      throw new ApiException(
        HttpStatus.TOO_MANY_REQUESTS,
        {
          message: 'You are sending messages too fast. Wait a moment and send again.',
          code: ERROR_CODES.chatRateLimited,
        },
        { 'Retry-After': String(seconds) },
      );
    }
    // Checked and taken before the transaction: a sender who may not see the item sends nothing.
    const reference = body.reference ? await this.references.take(sender, body.reference) : null;
    const rights = await this.permissions.of(sender);
    const sending = { ...body, reference, rights };
    try {
      return await this.unitOfWork.run((manager) => this.post(manager, sender, conversationId, sending, receivedAt));
    } catch (error) {
      // The same clientMessageId committed by a concurrent send to another conversation.
      if (isUniqueViolation(error, CLIENT_MESSAGE_ID_CONSTRAINT)) {
        return this.unitOfWork.run((manager) => this.post(manager, sender, conversationId, sending, receivedAt));
      }
      throw error;
    }
  }

  private async post(
    manager: EntityManager,
    sender: ChatReader,
    conversationId: string,
    body: Sending,
    receivedAt: number,
  ): Promise<Posted> {
    const conversation = await this.access.readable(manager, sender, conversationId, true);
    // Looked up under the conversation's lock: a retry racing its original waits for it here.
    const earlier = await this.sentBefore(manager, sender.userId, body.clientMessageId);
    if (earlier) {
      if (earlier.conversationId !== conversation.id) {
        throw new ApiException(HttpStatus.CONFLICT, {
          message: 'You already used this clientMessageId for a message in another conversation: use a new one.',
          code: ERROR_CODES.clientMessageIdTaken,
        });
      }
      return { message: toMessageDto(earlier, body.rights), created: false };
    }
    if (body.replyToId) {
      await this.checkReplyTarget(manager, conversation.id, body.replyToId);
    }
    const [{ seq }] = await chatQuery<{ seq: string }>(
      manager,
      `UPDATE chat_conversations SET last_seq = last_seq + 1, last_message_at = now(), updated_at = now()
       WHERE id = :conversationId RETURNING last_seq AS seq`,
      { conversationId: conversation.id },
    );
    const [{ id }] = await chatQuery<{ id: string }>(
      manager,
      `INSERT INTO chat_messages (conversation_id, seq, sender_id, client_message_id, content, reply_to_id, reference)
       VALUES (:conversationId, :seq, :senderId, :clientMessageId, :content, :replyToId, :reference) RETURNING id`,
      {
        conversationId: conversation.id,
        seq,
        senderId: sender.userId,
        clientMessageId: body.clientMessageId,
        content: body.content,
        replyToId: body.replyToId ?? null,
        reference: body.reference === null ? null : JSON.stringify(body.reference),
      },
    );
    // Whoever writes has read everything up to their own message.
    await chatQuery(
      manager,
      `INSERT INTO chat_members (conversation_id, user_id, last_read_seq) VALUES (:conversationId, :userId, :seq)
       ON CONFLICT (conversation_id, user_id) DO UPDATE
       SET last_read_seq = GREATEST(chat_members.last_read_seq, EXCLUDED.last_read_seq)`,
      { conversationId: conversation.id, userId: sender.userId, seq },
    );
    const [stored] = await chatQuery<MessageRow>(
      manager,
      `SELECT ${MESSAGE_COLUMNS} FROM chat_messages m WHERE m.id = :id`,
      {
        id,
      },
    );
    const message = toMessageDto(stored as MessageRow, body.rights);
    await this.notifications.messagePosted(manager, message, sender.userId);
    recordEvent(manager, new ChatMessagePosted(toMessageDto(stored as MessageRow, null), receivedAt, body.reference));
    return { message, created: true };
  }

  private async sentBefore(manager: EntityManager, senderId: string, clientMessageId: string) {
    const [row] = await chatQuery<MessageRow>(
      manager,
      `SELECT ${MESSAGE_COLUMNS} FROM chat_messages m
       WHERE m.sender_id = :senderId AND m.client_message_id = :clientMessageId`,
      { senderId, clientMessageId },
    );
    return row;
  }

  private async checkReplyTarget(manager: EntityManager, conversationId: string, replyToId: string): Promise<void> {
    const [target] = await chatQuery(
      manager,
      `SELECT 1 FROM chat_messages WHERE id = :replyToId AND conversation_id = :conversationId`,
      { replyToId, conversationId },
    );
    if (!target) {
      const message = 'replyToId must be a message of this conversation';
      throw new ApiException(HttpStatus.BAD_REQUEST, {
        message,
        code: ERROR_CODES.validationFailed,
        details: [{ field: 'replyToId', problems: [message] }],
      });
    }
  }
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError =
    error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : null;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}
