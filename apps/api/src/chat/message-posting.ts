import { HttpStatus, Injectable } from '@nestjs/common';
import { ERROR_CODES } from '@ownerdash/contracts';
import { EntityManager, QueryFailedError } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { recordEvent, UnitOfWork } from '../events/unit-of-work';
import { EffectivePermissions, EffectivePermissionsService } from '../permissions/effective-permissions';
import { ChatMessagePosted } from './chat.events';
import { ChatNotifications } from './chat-notifications';
import { ChatReader } from './chat-reader';
import { ConversationAccess, conversationNotFound } from './conversation-access';
import { EntityRights } from './entity-rights';
import { toMessageDto } from './message-dto';
import { MessageDto, SendMessageDto } from './messages.dto';
import { ReferenceSnapshots } from './reference-snapshots';
import { SendRateLimit } from './send-rate-limit';
import { runSend } from './send-statement';
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
 * return the message already stored instead of adding another. The send itself is one statement
 * (`runSend`) and its notifications a second: the transaction holds the lock for two round trips
 * (more in an entity's thread, whose members' rights are read to notify only those who may read it).
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
    private readonly entityRights: EntityRights,
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
      // The same clientMessageId committed by a concurrent send after this one's snapshot was
      // taken (a retry that queued behind its original, or a send to another conversation).
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
    const outcome = await runSend(manager, await this.access.condition(sender), {
      conversationId,
      senderId: sender.userId,
      clientMessageId: body.clientMessageId,
      content: body.content,
      replyToId: body.replyToId ?? null,
      reference: body.reference === null ? null : JSON.stringify(body.reference),
    });
    switch (outcome.kind) {
      case 'not-readable':
        throw conversationNotFound();
      case 'sent-before':
        if (outcome.message.conversationId !== conversationId) {
          throw new ApiException(HttpStatus.CONFLICT, {
            message: 'You already used this clientMessageId for a message in another conversation: use a new one.',
            code: ERROR_CODES.clientMessageIdTaken,
          });
        }
        return { message: toMessageDto(outcome.message, body.rights), created: false };
      case 'reply-elsewhere':
        throw replyTargetInvalid();
      case 'created': {
        const message = toMessageDto(outcome.message, body.rights);
        const recipients = outcome.entity
          ? await this.entityRights.readersAmong(manager, outcome.recipients, outcome.entity)
          : outcome.recipients;
        await this.notifications.messagePosted(manager, message, sender.userId, recipients);
        recordEvent(
          manager,
          new ChatMessagePosted(toMessageDto(outcome.message, null), receivedAt, sender.organizationId, body.reference),
        );
        return { message, created: true };
      }
    }
  }
}

function replyTargetInvalid(): ApiException {
  const message = 'replyToId must be a message of this conversation';
  return new ApiException(HttpStatus.BAD_REQUEST, {
    message,
    code: ERROR_CODES.validationFailed,
    details: [{ field: 'replyToId', problems: [message] }],
  });
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError =
    error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : null;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}
