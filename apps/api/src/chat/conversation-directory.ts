import { Injectable } from '@nestjs/common';
import { ChatConversationType, ChatEntityType } from '@ownerdash/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { EffectivePermissionsService } from '../permissions/effective-permissions';
import { ChatReader } from './chat-reader';
import {
  CONVERSATION_COLUMNS,
  CONVERSATION_TITLE,
  ConversationRow,
  MemberRow,
  MESSAGE_COLUMNS,
  MessageRow,
  UNREAD_COUNT,
} from './chat-rows';
import { chatQuery } from './chat-sql';
import { ConversationAccess } from './conversation-access';
import {
  ConversationDetailsDto,
  ConversationDto,
  ConversationListDto,
  ConversationListQueryDto,
} from './conversations.dto';
import { toMessageDto } from './message-dto';
import { ChatPresence } from './realtime/chat-presence';

interface ListedRow extends ConversationRow {
  readonly title: string | null;
  readonly peerId: string | null;
  readonly lastReadSeq: string;
  readonly unreadCount: number;
  readonly lastActivityAt: Date;
  readonly total: string;
}

/**
 * The conversations a reader may read (all, of a type, or the threads about one entity), newest
 * activity first, each with its title as the reader sees it, their unread count and the last
 * message; and one conversation with its members and whether each is online.
 */
@Injectable()
export class ConversationDirectory {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
    private readonly presence: ChatPresence,
    private readonly permissions: EffectivePermissionsService,
  ) {}

  async list(reader: ChatReader, query: ConversationListQueryDto): Promise<ConversationListDto> {
    const rows = await this.listed(this.dataSource.manager, reader, {
      type: query.type,
      entityType: query.entityType,
      entityId: query.entityId?.toLowerCase(),
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    const lastMessages = await this.lastMessages(reader, rows);
    return {
      items: rows.map((row) => toConversationDto(row, lastMessages.get(row.id) ?? null)),
      total: rows.length > 0 ? Number(rows[0]?.total) : 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async details(reader: ChatReader, conversationId: string): Promise<ConversationDetailsDto> {
    const manager = this.dataSource.manager;
    const conversation = await this.access.readable(manager, reader, conversationId);
    const [row] = await this.listed(manager, reader, { id: conversation.id, limit: 1, offset: 0 });
    const lastMessages = await this.lastMessages(reader, row ? [row] : []);
    const members = await chatQuery<MemberRow>(
      manager,
      `SELECT cm.user_id AS "userId", u.display_name AS "displayName", cm.role, cm.joined_at AS "joinedAt",
              cm.last_read_seq AS "lastReadSeq"
       FROM chat_members cm JOIN users u ON u.id = cm.user_id
       WHERE cm.conversation_id = :conversationId AND cm.left_at IS NULL
       ORDER BY cm.joined_at, u.display_name, cm.user_id`,
      { conversationId: conversation.id },
    );
    const online = await this.presence.online(members.map((member) => member.userId));
    return {
      ...toConversationDto(row as ListedRow, lastMessages.get(conversation.id) ?? null),
      members: members.map((member) => ({
        userId: member.userId,
        displayName: member.displayName,
        role: member.role,
        joinedAt: member.joinedAt.toISOString(),
        lastReadSeq: Number(member.lastReadSeq),
        online: online.has(member.userId),
      })),
    };
  }

  /**
   * The page is chosen first, on the access condition and the activity order only; the title,
   * peer and unread count are then worked out for its rows alone. Computed in one query level,
   * they would also run for the rows OFFSET skips — every unread message of the pages before
   * counted again.
   */
  private async listed(
    manager: EntityManager,
    reader: ChatReader,
    filter: {
      type?: ChatConversationType;
      id?: string;
      entityType?: ChatEntityType;
      entityId?: string;
      limit: number;
      offset: number;
    },
  ): Promise<ListedRow[]> {
    const access = await this.access.condition(reader);
    return chatQuery<ListedRow>(
      manager,
      `SELECT ${CONVERSATION_COLUMNS},
         ${CONVERSATION_TITLE} AS title,
         CASE WHEN c.type = 'direct' THEN
           (SELECT om.user_id FROM chat_members om WHERE om.conversation_id = c.id AND om.user_id <> :readerId LIMIT 1)
         END AS "peerId",
         coalesce(me.last_read_seq, 0) AS "lastReadSeq",
         ${UNREAD_COUNT} AS "unreadCount",
         page."lastActivityAt",
         page.total
       FROM (
         SELECT c.id, coalesce(c.last_message_at, c.created_at) AS "lastActivityAt", count(*) OVER () AS total
         FROM chat_conversations c
         WHERE ${access.where}
           ${filter.type ? 'AND c.type = :type' : ''} ${filter.id ? 'AND c.id = :id' : ''}
           ${filter.entityType ? "AND c.type = 'entity' AND c.entity_type = :entityType AND c.entity_id = :entityId" : ''}
         ORDER BY coalesce(c.last_message_at, c.created_at) DESC, c.id
         LIMIT :limit OFFSET :offset
       ) page
       JOIN chat_conversations c ON c.id = page.id
       LEFT JOIN chat_members me ON me.conversation_id = c.id AND me.user_id = :readerId
       ORDER BY page."lastActivityAt" DESC, c.id`,
      { ...access.parameters, ...filter },
    );
  }

  private async lastMessages(
    reader: ChatReader,
    rows: readonly ListedRow[],
  ): Promise<Map<string, ReturnType<typeof toMessageDto>>> {
    const ids = rows.filter((row) => Number(row.lastSeq) > 0).map((row) => row.id);
    if (ids.length === 0) {
      return new Map();
    }
    const messages = await chatQuery<MessageRow>(
      this.dataSource.manager,
      `SELECT ${MESSAGE_COLUMNS} FROM chat_conversations lc
       JOIN chat_messages m ON m.conversation_id = lc.id AND m.seq = lc.last_seq
       WHERE lc.id = ANY(:ids)`,
      { ids },
    );
    const rights = await this.permissions.of(reader);
    return new Map(messages.map((message) => [message.conversationId, toMessageDto(message, rights)]));
  }
}

function toConversationDto(row: ListedRow, lastMessage: ConversationDto['lastMessage']): ConversationDto {
  return {
    id: row.id,
    type: row.type,
    title: row.title ?? 'Conversation',
    name: row.name,
    propertyId: row.propertyId,
    entityType: row.entityType,
    entityId: row.entityId,
    peerId: row.peerId,
    lastSeq: Number(row.lastSeq),
    unreadCount: row.unreadCount,
    lastReadSeq: Number(row.lastReadSeq),
    lastMessage,
    createdAt: row.createdAt.toISOString(),
    lastActivityAt: row.lastActivityAt.toISOString(),
  };
}
