import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EffectivePermissionsService } from '../permissions/effective-permissions';
import { ChatReader } from './chat-reader';
import { MESSAGE_COLUMNS, MessageRow } from './chat-rows';
import { chatQuery } from './chat-sql';
import { ConversationAccess } from './conversation-access';
import { toMessageDto } from './message-dto';
import { MessageHistoryQueryDto, MessagePageDto } from './messages.dto';

/**
 * A conversation's messages by seq, ascending: the newest page, the page before a seq (scrolling
 * up), or the page after one (catching up after being away, however long).
 */
@Injectable()
export class MessageHistory {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
    private readonly permissions: EffectivePermissionsService,
  ) {}

  async page(reader: ChatReader, conversationId: string, query: MessageHistoryQueryDto): Promise<MessagePageDto> {
    const manager = this.dataSource.manager;
    const conversation = await this.access.readable(manager, reader, conversationId);
    const rights = await this.permissions.of(reader);
    const toDto = (row: MessageRow) => toMessageDto(row, rights);
    // One row more than asked tells whether there is more, without counting.
    const take = query.limit + 1;
    const parameters = { conversationId: conversation.id, take, after: query.after, before: query.before };
    if (query.after !== undefined) {
      const rows = await chatQuery<MessageRow>(
        manager,
        `SELECT ${MESSAGE_COLUMNS} FROM chat_messages m
         WHERE m.conversation_id = :conversationId AND m.seq > :after
           ${query.before !== undefined ? 'AND m.seq < :before' : ''}
         ORDER BY m.seq LIMIT :take`,
        parameters,
      );
      return { items: rows.slice(0, query.limit).map(toDto), hasMore: rows.length > query.limit };
    }
    const rows = await chatQuery<MessageRow>(
      manager,
      `SELECT ${MESSAGE_COLUMNS} FROM chat_messages m
       WHERE m.conversation_id = :conversationId ${query.before !== undefined ? 'AND m.seq < :before' : ''}
       ORDER BY m.seq DESC LIMIT :take`,
      parameters,
    );
    return { items: rows.slice(0, query.limit).reverse().map(toDto), hasMore: rows.length > query.limit };
  }
}
