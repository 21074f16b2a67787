import { Injectable } from '@nestjs/common';
import { ChatNotification, NotificationType } from '@ownerdash/contracts';
import { EntityManager } from 'typeorm';
import { recordEvent } from '../events/unit-of-work';
import { NotificationsCreated } from './notifications.events';

export interface NotificationRequest {
  readonly type: NotificationType;
  readonly userIds: readonly string[];
  readonly conversationId: string;
  readonly messageId: string | null;
  /** The message's seq, so a reader can open the conversation at it. */
  readonly messageSeq: number | null;
  readonly actorId: string;
}

interface InsertedRow {
  readonly id: string;
  readonly userId: string;
  readonly type: NotificationType;
  readonly data: {
    readonly conversationId: string;
    readonly messageId: string | null;
    readonly messageSeq?: number;
    readonly actorId: string;
  };
  readonly createdAt: Date;
  readonly actorName: string | null;
}

/**
 * Writes notifications in the caller's transaction, so they exist exactly when what they tell of
 * does, and records their event, published after the commit to the people's sockets. All the
 * requests of one change go in one statement (a message's mentions and its plain notifications),
 * which also leaves out the plain ones of people who turned chat notifications off.
 */
@Injectable()
export class NotificationWriter {
  async write(manager: EntityManager, requests: readonly NotificationRequest[]): Promise<void> {
    const recipients = requests.flatMap((request) => recipientsOf(request).map((userId) => ({ request, userId })));
    if (recipients.length === 0) {
      return;
    }
    const rows = (await manager.query(
      `WITH inserted AS (
         INSERT INTO notifications (user_id, type, data)
         SELECT user_id, type, data FROM unnest($1::uuid[], $2::text[], $3::jsonb[]) AS n(user_id, type, data)
         WHERE n.type <> 'message_received' OR NOT EXISTS (
           SELECT 1 FROM notification_preferences np WHERE np.user_id = n.user_id AND NOT np.chat_notifications)
         RETURNING id, user_id, type, data, created_at
       )
       SELECT i.id, i.user_id AS "userId", i.type, i.data, i.created_at AS "createdAt", u.display_name AS "actorName"
       FROM inserted i LEFT JOIN users u ON u.id = CAST(i.data->>'actorId' AS uuid)`,
      [
        recipients.map((recipient) => recipient.userId),
        recipients.map((recipient) => recipient.request.type),
        recipients.map((recipient) => JSON.stringify(dataOf(recipient.request))),
      ],
    )) as InsertedRow[];
    recordEvent(
      manager,
      new NotificationsCreated(
        rows.map((row) => ({
          userId: row.userId,
          notification: {
            id: row.id,
            type: row.type,
            conversationId: row.data.conversationId,
            messageId: row.data.messageId,
            messageSeq: row.data.messageSeq ?? null,
            actor: row.actorName === null ? null : { id: row.data.actorId, displayName: row.actorName },
            createdAt: row.createdAt.toISOString(),
            readAt: null,
          } satisfies ChatNotification,
        })),
      ),
    );
  }
}

/** Who a request notifies: each person once, never the actor themselves. */
function recipientsOf(request: NotificationRequest): string[] {
  const actorId = request.actorId.toLowerCase();
  return [...new Set(request.userIds.map((id) => id.toLowerCase()))].filter((id) => id !== actorId);
}

function dataOf(request: NotificationRequest) {
  return {
    conversationId: request.conversationId,
    messageId: request.messageId,
    ...(request.messageSeq === null ? {} : { messageSeq: request.messageSeq }),
    actorId: request.actorId.toLowerCase(),
  };
}
