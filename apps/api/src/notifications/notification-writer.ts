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
  readonly actorId: string;
}

interface InsertedRow {
  readonly id: string;
  readonly userId: string;
  readonly createdAt: Date;
  readonly actorName: string | null;
}

/**
 * Writes notifications in the caller's transaction, so they exist exactly when what they tell of
 * does, and records their event, published after the commit to the people's sockets.
 */
@Injectable()
export class NotificationWriter {
  async write(manager: EntityManager, request: NotificationRequest): Promise<void> {
    const actorId = request.actorId.toLowerCase();
    const userIds = [...new Set(request.userIds.map((id) => id.toLowerCase()))].filter((id) => id !== actorId);
    if (userIds.length === 0) {
      return;
    }
    const data = { conversationId: request.conversationId, messageId: request.messageId, actorId };
    const rows = (await manager.query(
      `WITH inserted AS (
         INSERT INTO notifications (user_id, type, data)
         SELECT user_id, $2, $3::jsonb FROM unnest($1::uuid[]) AS user_id
         RETURNING id, user_id, created_at
       )
       SELECT id, user_id AS "userId", created_at AS "createdAt",
              (SELECT display_name FROM users WHERE id = $4) AS "actorName"
       FROM inserted`,
      [userIds, request.type, JSON.stringify(data), actorId],
    )) as InsertedRow[];
    recordEvent(
      manager,
      new NotificationsCreated(
        rows.map((row) => ({
          userId: row.userId,
          notification: {
            id: row.id,
            type: request.type,
            conversationId: request.conversationId,
            messageId: request.messageId,
            actor: row.actorName === null ? null : { id: actorId, displayName: row.actorName },
            createdAt: row.createdAt.toISOString(),
            readAt: null,
          } satisfies ChatNotification,
        })),
      ),
    );
  }
}
