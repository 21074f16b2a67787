import { ChatConversationType, ChatEntityType, ChatMemberRole } from '@ownerdash/contracts';
import { StoredReference } from './stored-reference';

/** A conversation as the chat's queries read it; bigints arrive as strings from pg. */
export interface ConversationRow {
  readonly id: string;
  readonly organizationId: string;
  readonly type: ChatConversationType;
  readonly name: string | null;
  readonly propertyId: string | null;
  readonly entityType: ChatEntityType | null;
  readonly entityId: string | null;
  readonly createdBy: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly lastSeq: string;
}

/** The columns of `chat_conversations` as a ConversationRow, on the alias `c`. */
export const CONVERSATION_COLUMNS = `
  c.id, c.organization_id AS "organizationId", c.type, c.name, c.property_id AS "propertyId",
  c.entity_type AS "entityType", c.entity_id AS "entityId", c.created_by AS "createdBy", c.created_at AS "createdAt", c.updated_at AS "updatedAt", c.last_seq AS "lastSeq"`;

/**
 * What the reader calls conversation `c`: the group's name or thread's subject, the property's name, or the other
 * person of a direct conversation (`:readerId` is the reader).
 */
export const CONVERSATION_TITLE = `CASE c.type
  WHEN 'group' THEN c.name
  WHEN 'entity' THEN c.name
  WHEN 'property' THEN (SELECT pt.name FROM properties pt WHERE pt.id = c.property_id)
  ELSE (SELECT u.display_name FROM chat_members om JOIN users u ON u.id = om.user_id
        WHERE om.conversation_id = c.id AND om.user_id <> :readerId LIMIT 1)
END`;

export interface MemberRow {
  readonly userId: string;
  readonly displayName: string;
  readonly role: ChatMemberRole;
  readonly joinedAt: Date;
  readonly lastReadSeq: string;
}

export interface ReactionSummary {
  readonly emoji: string;
  readonly userIds: string[];
}

export interface MessageRow {
  readonly id: string;
  readonly conversationId: string;
  readonly seq: string;
  readonly clientMessageId: string;
  readonly senderId: string | null;
  readonly senderName: string | null;
  readonly content: string;
  readonly replyToId: string | null;
  readonly reactions: ReactionSummary[];
  readonly createdAt: Date;
  readonly editedAt: Date | null;
  readonly deletedAt: Date | null;
  readonly reference: StoredReference | null;
}

/**
 * The columns of a MessageRow on the alias `m` of `chat_messages`, with the sender's name and
 * the reactions grouped by emoji (each emoji's users in the order they reacted).
 */
export const MESSAGE_COLUMNS = `
  m.id, m.conversation_id AS "conversationId", m.seq, m.client_message_id AS "clientMessageId",
  m.sender_id AS "senderId", (SELECT u.display_name FROM users u WHERE u.id = m.sender_id) AS "senderName",
  m.content, m.reply_to_id AS "replyToId", m.created_at AS "createdAt", m.edited_at AS "editedAt",
  m.deleted_at AS "deletedAt", m.reference,
  coalesce((
    SELECT json_agg(json_build_object('emoji', r.emoji, 'userIds', r.user_ids) ORDER BY r.first_at, r.emoji)
    FROM (
      SELECT emoji, array_agg(user_id ORDER BY created_at, user_id) AS user_ids, min(created_at) AS first_at
      FROM chat_reactions WHERE message_id = m.id GROUP BY emoji
    ) r
  ), '[]') AS reactions`;

/**
 * The reader's unread messages in conversation `c`, whose member row for the reader (if any) is
 * `me`: those after their last read one, sent by others and not deleted.
 */
export const UNREAD_COUNT = `(SELECT count(*) FROM chat_messages um
  WHERE um.conversation_id = c.id AND um.seq > coalesce(me.last_read_seq, 0)
    AND um.sender_id IS DISTINCT FROM :readerId AND um.deleted_at IS NULL)::int`;
