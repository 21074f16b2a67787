import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { recordEvent, UnitOfWork } from '../events/unit-of-work';
import { ChatReadMoved } from './chat.events';
import { ChatReader } from './chat-reader';
import { UNREAD_COUNT } from './chat-rows';
import { chatQuery } from './chat-sql';
import { ConversationAccess } from './conversation-access';
import { UnreadCountDto } from './messages.dto';

/**
 * How far each member has read: `last_read_seq`, which only moves forward and never past the
 * last message; unread counts are the messages after it that others sent and did not delete.
 */
@Injectable()
export class ReadState {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly access: ConversationAccess,
  ) {}

  markRead(reader: ChatReader, conversationId: string, seq: number): Promise<number> {
    return this.unitOfWork.run(async (manager) => {
      const conversation = await this.access.readable(manager, reader, conversationId);
      const [row] = await chatQuery<{ lastReadSeq: string }>(
        manager,
        `INSERT INTO chat_members (conversation_id, user_id, last_read_seq)
         VALUES (:conversationId, :userId, LEAST(CAST(:seq AS bigint), CAST(:lastSeq AS bigint)))
         ON CONFLICT (conversation_id, user_id) DO UPDATE
         SET last_read_seq = GREATEST(chat_members.last_read_seq, EXCLUDED.last_read_seq)
         RETURNING last_read_seq AS "lastReadSeq"`,
        { conversationId: conversation.id, userId: reader.userId, seq, lastSeq: conversation.lastSeq },
      );
      const lastReadSeq = Number(row?.lastReadSeq ?? 0);
      recordEvent(manager, new ChatReadMoved(conversation.id, reader.userId, lastReadSeq));
      return lastReadSeq;
    });
  }

  async unreadCounts(reader: ChatReader): Promise<UnreadCountDto> {
    const access = await this.access.condition(reader);
    const rows = await chatQuery<{ id: string; unread: number }>(
      this.dataSource.manager,
      `SELECT c.id, ${UNREAD_COUNT} AS unread
       FROM chat_conversations c
       LEFT JOIN chat_members me ON me.conversation_id = c.id AND me.user_id = :readerId
       WHERE ${access.where} AND c.last_seq > coalesce(me.last_read_seq, 0)`,
      access.parameters,
    );
    const conversations = Object.fromEntries(rows.filter((row) => row.unread > 0).map((row) => [row.id, row.unread]));
    return { total: rows.reduce((sum, row) => sum + row.unread, 0), conversations };
  }
}
