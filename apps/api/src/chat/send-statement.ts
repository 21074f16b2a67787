import { ChatEntityType } from '@ownerdash/contracts';
import { EntityManager } from 'typeorm';
import { MESSAGE_COLUMNS, MessageRow } from './chat-rows';
import { chatQuery } from './chat-sql';
import { ReadableCondition } from './conversation-access';

export interface SendInput {
  readonly conversationId: string;
  readonly senderId: string;
  readonly clientMessageId: string;
  readonly content: string;
  readonly replyToId: string | null;
  /** The reference with its snapshot, as JSON, or null. */
  readonly reference: string | null;
}

/** A member who may be told of the new message. */
export interface Recipient {
  readonly userId: string;
  readonly muted: boolean;
}

/** What an entity thread is about, as far as who may read it goes. */
export interface ThreadEntity {
  readonly entityType: ChatEntityType;
  readonly propertyId: string;
}

export type SendOutcome =
  | { readonly kind: 'not-readable' }
  | { readonly kind: 'sent-before'; readonly message: MessageRow }
  | { readonly kind: 'reply-elsewhere' }
  | {
      readonly kind: 'created';
      readonly message: MessageRow;
      readonly recipients: readonly Recipient[];
      /** Set for an entity's thread, whose members may have lost sight of the entity since joining. */
      readonly entity: ThreadEntity | null;
    };

interface SendRow {
  readonly readable: boolean;
  readonly replyOk: boolean;
  readonly created: JsonMessageRow | null;
  readonly earlier: JsonMessageRow | null;
  readonly recipients: Recipient[] | null;
  readonly entity: ThreadEntity | null;
}

/** A MessageRow as `row_to_json` spells it: its times are ISO strings. */
type JsonMessageRow = Omit<MessageRow, 'createdAt' | 'editedAt' | 'deletedAt'> & {
  readonly createdAt: string;
  readonly editedAt: string | null;
  readonly deletedAt: string | null;
};

/**
 * A send as one statement, a single round trip inside its transaction: check the reader may
 * write, look for an earlier message with the same clientMessageId, check the reply target,
 * number the message with the conversation's next seq (the UPDATE takes the conversation's row
 * lock, so concurrent sends queue and seq has neither gaps nor repeats), insert it, move the
 * sender's read state up to it, and return it with the members to notify.
 *
 * All parts read the snapshot taken when the statement began. A retry that waited on the lock for
 * its original therefore does not see it in `earlier`, and its INSERT fails on the
 * clientMessageId's unique constraint instead: the caller runs the send again, which then finds it.
 */
export async function runSend(
  manager: EntityManager,
  access: ReadableCondition,
  input: SendInput,
): Promise<SendOutcome> {
  const [row] = await chatQuery<SendRow>(
    manager,
    `WITH target AS (
       SELECT c.id, c.type, c.entity_type, c.property_id FROM chat_conversations c
       WHERE c.id = :conversationId AND ${access.where}
     ),
     earlier AS (
       SELECT m.id FROM chat_messages m WHERE m.sender_id = :senderId AND m.client_message_id = :clientMessageId
     ),
     reply AS (
       SELECT CAST(:replyToId AS uuid) IS NULL OR EXISTS (
         SELECT 1 FROM chat_messages r
         WHERE r.id = CAST(:replyToId AS uuid) AND r.conversation_id = :conversationId) AS ok
     ),
     numbered AS (
       UPDATE chat_conversations c SET last_seq = c.last_seq + 1, last_message_at = now(), updated_at = now()
       FROM target, reply
       WHERE c.id = target.id AND reply.ok AND NOT EXISTS (SELECT 1 FROM earlier)
       RETURNING c.id, c.last_seq
     ),
     inserted AS (
       INSERT INTO chat_messages (conversation_id, seq, sender_id, client_message_id, content, reply_to_id, reference)
       SELECT id, last_seq, CAST(:senderId AS uuid), :clientMessageId, :content, CAST(:replyToId AS uuid),
              CAST(:reference AS jsonb)
       FROM numbered
       RETURNING *
     ),
     read_up_to AS (
       INSERT INTO chat_members (conversation_id, user_id, last_read_seq)
       SELECT conversation_id, sender_id, seq FROM inserted
       ON CONFLICT (conversation_id, user_id) DO UPDATE
       SET last_read_seq = GREATEST(chat_members.last_read_seq, EXCLUDED.last_read_seq)
     )
     SELECT
       EXISTS (SELECT 1 FROM target) AS readable,
       (SELECT ok FROM reply) AS "replyOk",
       (SELECT row_to_json(x) FROM (SELECT ${MESSAGE_COLUMNS} FROM inserted m) x) AS created,
       (SELECT row_to_json(x) FROM (SELECT ${MESSAGE_COLUMNS} FROM chat_messages m JOIN earlier USING (id)) x)
         AS earlier,
       (SELECT json_agg(json_build_object('userId', cm.user_id, 'muted', cm.muted))
        FROM chat_members cm
        WHERE EXISTS (SELECT 1 FROM inserted) AND cm.conversation_id = :conversationId
          AND cm.left_at IS NULL AND cm.user_id <> :senderId) AS recipients,
       (SELECT json_build_object('entityType', t.entity_type, 'propertyId', t.property_id)
        FROM target t WHERE t.type = 'entity') AS entity`,
    { ...access.parameters, ...input },
  );
  const { readable, replyOk, created, earlier, recipients, entity } = row as SendRow;
  if (!readable) {
    return { kind: 'not-readable' };
  }
  if (earlier) {
    return { kind: 'sent-before', message: fromJson(earlier) };
  }
  if (!replyOk || !created) {
    return { kind: 'reply-elsewhere' };
  }
  return { kind: 'created', message: fromJson(created), recipients: recipients ?? [], entity };
}

function fromJson(row: JsonMessageRow): MessageRow {
  return {
    ...row,
    createdAt: new Date(row.createdAt),
    editedAt: row.editedAt === null ? null : new Date(row.editedAt),
    deletedAt: row.deletedAt === null ? null : new Date(row.deletedAt),
  };
}
