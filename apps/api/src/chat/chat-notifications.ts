import { Injectable } from '@nestjs/common';
import { mentionedUserIds } from '@ownerdash/contracts';
import { EntityManager } from 'typeorm';
import { NotificationWriter } from '../notifications/notification-writer';
import { MessageDto } from './messages.dto';
import { Recipient } from './send-statement';

/**
 * Who the chat notifies, in the transaction of what happened: the other members of a conversation
 * of a new message (unless they muted it), the members it mentions (muted or not, and instead of
 * the plain notification), and the people added to a conversation. The members come with the
 * send, which read them in its own statement. A mention of someone who is
 * not a member notifies nobody: the message stays plain text to them.
 */
@Injectable()
export class ChatNotifications {
  constructor(private readonly writer: NotificationWriter) {}

  async messagePosted(
    manager: EntityManager,
    message: MessageDto,
    senderId: string,
    recipients: readonly Recipient[],
  ): Promise<void> {
    const mentioned = new Set(mentionedUserIds(message.content));
    const about = {
      conversationId: message.conversationId,
      messageId: message.id,
      messageSeq: message.seq,
      actorId: senderId,
    };
    await this.writer.write(manager, [
      {
        ...about,
        type: 'mention',
        userIds: recipients.filter((member) => mentioned.has(member.userId)).map((member) => member.userId),
      },
      {
        ...about,
        type: 'message_received',
        userIds: recipients
          .filter((member) => !member.muted && !mentioned.has(member.userId))
          .map((member) => member.userId),
      },
    ]);
  }

  async added(
    manager: EntityManager,
    conversationId: string,
    userIds: readonly string[],
    actorId: string,
  ): Promise<void> {
    await this.writer.write(manager, [
      { type: 'added_to_conversation', userIds, conversationId, messageId: null, messageSeq: null, actorId },
    ]);
  }
}
