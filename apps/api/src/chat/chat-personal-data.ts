import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { chatQuery } from './chat-sql';

/** Another person as an export names them: by id and display name only. */
export interface NamedPerson {
  readonly id: string;
  readonly displayName: string;
}

export interface ExportedConversation {
  readonly id: string;
  readonly type: string;
  readonly name: string | null;
  readonly propertyId: string | null;
  readonly createdAt: Date;
  readonly membership: {
    readonly role: string;
    readonly joinedAt: Date;
    readonly leftAt: Date | null;
    readonly lastReadSeq: number;
    readonly muted: boolean;
  };
  readonly members: NamedPerson[];
}

export interface ExportedMessage {
  readonly id: string;
  readonly conversationId: string;
  readonly seq: number;
  readonly clientMessageId: string;
  readonly content: string;
  readonly replyToId: string | null;
  readonly reference: unknown;
  readonly createdAt: Date;
  readonly editedAt: Date | null;
  readonly deletedAt: Date | null;
}

export interface ExportedReaction {
  readonly messageId: string;
  readonly conversationId: string;
  readonly emoji: string;
  readonly createdAt: Date;
}

/**
 * What the chat holds about one person, for their export: the conversations they are or were a
 * member of (with the other members by id and name), the messages they wrote and their
 * reactions. Nobody else's messages: a reply names the message it answers by id.
 */
@Injectable()
export class ChatPersonalData {
  conversations(manager: EntityManager, userId: string): Promise<ExportedConversation[]> {
    return chatQuery<ExportedConversation>(
      manager,
      `SELECT c.id, c.type, c.name, c.property_id AS "propertyId", c.created_at AS "createdAt",
              json_build_object('role', me.role, 'joinedAt', me.joined_at, 'leftAt', me.left_at,
                                'lastReadSeq', me.last_read_seq, 'muted', me.muted) AS membership,
              (SELECT coalesce(json_agg(json_build_object('id', u.id, 'displayName', u.display_name) ORDER BY u.id), '[]')
                 FROM chat_members o JOIN users u ON u.id = o.user_id
                WHERE o.conversation_id = c.id AND o.left_at IS NULL) AS members
         FROM chat_members me JOIN chat_conversations c ON c.id = me.conversation_id
        WHERE me.user_id = :userId
        ORDER BY c.created_at, c.id`,
      { userId },
    );
  }

  async messages(manager: EntityManager, userId: string): Promise<ExportedMessage[]> {
    const rows = await chatQuery<ExportedMessage & { seq: string }>(
      manager,
      `SELECT m.id, m.conversation_id AS "conversationId", m.seq, m.client_message_id AS "clientMessageId",
              m.content, m.reply_to_id AS "replyToId", m.reference, m.created_at AS "createdAt",
              m.edited_at AS "editedAt", m.deleted_at AS "deletedAt"
         FROM chat_messages m WHERE m.sender_id = :userId
        ORDER BY m.created_at, m.id`,
      { userId },
    );
    return rows.map((row) => ({ ...row, seq: Number(row.seq) }));
  }

  reactions(manager: EntityManager, userId: string): Promise<ExportedReaction[]> {
    return chatQuery<ExportedReaction>(
      manager,
      `SELECT r.message_id AS "messageId", m.conversation_id AS "conversationId", r.emoji, r.created_at AS "createdAt"
         FROM chat_reactions r JOIN chat_messages m ON m.id = r.message_id
        WHERE r.user_id = :userId
        ORDER BY r.created_at, r.message_id`,
      { userId },
    );
  }
}
