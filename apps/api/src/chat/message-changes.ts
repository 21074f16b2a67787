import { HttpStatus, Injectable } from '@nestjs/common';
import { CHAT_EMOJI_MAX_LENGTH, ERROR_CODES } from '@ownerdash/contracts';
import { EntityManager } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { recordEvent, UnitOfWork } from '../events/unit-of-work';
import { EffectivePermissionsService } from '../permissions/effective-permissions';
import { ChatMessageChanged, MessageChange } from './chat.events';
import { ChatReader } from './chat-reader';
import { MESSAGE_COLUMNS, MessageRow } from './chat-rows';
import { chatQuery } from './chat-sql';
import { ConversationAccess } from './conversation-access';
import { toMessageDto } from './message-dto';
import { MessageDto } from './messages.dto';

/** Emoji, their modifiers, joiners and variation selectors, and flag letters: nothing else. */
const EMOJI_CHARACTERS = /^(?:\p{Extended_Pictographic}|\p{Emoji_Component}|\u200d|\ufe0f)+$/u;
const EMOJI_BASE = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;
/** One emoji is one grapheme, however many code points its joiners and modifiers take. */
const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Edits, deletions and reactions. The sender edits and deletes their messages; an admin of the
 * organization may delete anyone's. A deletion keeps the message as a "deleted" placeholder in
 * its place in the history, with its content and reactions gone.
 */
@Injectable()
export class MessageChanges {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: ConversationAccess,
    private readonly permissions: EffectivePermissionsService,
  ) {}

  edit(editor: ChatReader, messageId: string, content: string): Promise<MessageDto> {
    return this.unitOfWork.run(async (manager) => {
      const message = await this.readableMessage(manager, editor, messageId);
      if (message.senderId !== editor.userId) {
        throw notAllowed('Only the sender can edit a message.');
      }
      if (message.deletedAt) {
        throw new ApiException(HttpStatus.CONFLICT, {
          message: 'This message was deleted and can no longer be edited.',
        });
      }
      await chatQuery(manager, `UPDATE chat_messages SET content = :content, edited_at = now() WHERE id = :id`, {
        id: message.id,
        content,
      });
      return this.reread(manager, editor, message.id, 'updated');
    });
  }

  remove(remover: ChatReader, messageId: string): Promise<MessageDto> {
    return this.unitOfWork.run(async (manager) => {
      const message = await this.readableMessage(manager, remover, messageId);
      if (message.senderId !== remover.userId && remover.role !== 'admin') {
        throw notAllowed('Only the sender or an administrator can delete a message.');
      }
      if (!message.deletedAt) {
        await chatQuery(manager, `UPDATE chat_messages SET content = '', deleted_at = now() WHERE id = :id`, {
          id: message.id,
        });
        await chatQuery(manager, `DELETE FROM chat_reactions WHERE message_id = :id`, { id: message.id });
        return this.reread(manager, remover, message.id, 'deleted');
      }
      return this.reread(manager, remover, message.id);
    });
  }

  react(reactor: ChatReader, messageId: string, emoji: string, on: boolean): Promise<MessageDto> {
    const checked = checkEmoji(emoji);
    return this.unitOfWork.run(async (manager) => {
      const message = await this.readableMessage(manager, reactor, messageId);
      if (message.deletedAt) {
        throw new ApiException(HttpStatus.CONFLICT, { message: 'This message was deleted: it takes no reactions.' });
      }
      const parameters = { messageId: message.id, userId: reactor.userId, emoji: checked };
      await chatQuery(
        manager,
        on
          ? `INSERT INTO chat_reactions (message_id, user_id, emoji) VALUES (:messageId, :userId, :emoji)
             ON CONFLICT DO NOTHING`
          : `DELETE FROM chat_reactions WHERE message_id = :messageId AND user_id = :userId AND emoji = :emoji`,
        parameters,
      );
      return this.reread(manager, reactor, message.id, 'reaction');
    });
  }

  /** The message, locked for the change, if the caller may read its conversation; else 404. */
  private async readableMessage(manager: EntityManager, reader: ChatReader, messageId: string): Promise<MessageRow> {
    const [message] = await chatQuery<MessageRow>(
      manager,
      `SELECT ${MESSAGE_COLUMNS} FROM chat_messages m WHERE m.id = :messageId FOR UPDATE OF m`,
      { messageId },
    );
    // A message of a conversation the caller may not read is as unknown as one that does not exist.
    if (message && (await this.access.find(manager, reader, message.conversationId))) {
      return message;
    }
    throw new ApiException(HttpStatus.NOT_FOUND, { message: 'There is no message with this id that you may read.' });
  }

  /** The message as it is now, telling subscribers of the `change` made to it, if any. */
  private async reread(
    manager: EntityManager,
    reader: ChatReader,
    id: string,
    change?: MessageChange,
  ): Promise<MessageDto> {
    const [row] = await chatQuery<MessageRow>(
      manager,
      `SELECT ${MESSAGE_COLUMNS} FROM chat_messages m WHERE m.id = :id`,
      {
        id,
      },
    );
    const stored = row as MessageRow;
    if (change) {
      recordEvent(manager, new ChatMessageChanged(change, toMessageDto(stored, null), stored.reference));
    }
    return toMessageDto(stored, await this.permissions.of(reader));
  }
}

function notAllowed(message: string): ApiException {
  return new ApiException(HttpStatus.FORBIDDEN, { message, code: ERROR_CODES.notMessageSender });
}

/** The emoji of a reaction, normalized; anything else is a 400 that says what a reaction is. */
function checkEmoji(emoji: string): string {
  const normalized = emoji.normalize('NFC');
  if (
    [...normalized].length > CHAT_EMOJI_MAX_LENGTH ||
    [...GRAPHEMES.segment(normalized)].length !== 1 ||
    !EMOJI_CHARACTERS.test(normalized) ||
    !EMOJI_BASE.test(normalized)
  ) {
    const message = 'emoji must be one emoji, such as 👍';
    throw new ApiException(HttpStatus.BAD_REQUEST, {
      message,
      code: ERROR_CODES.validationFailed,
      details: [{ field: 'emoji', problems: [message] }],
    });
  }
  return normalized;
}
