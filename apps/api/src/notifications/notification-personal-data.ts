import { Injectable } from '@nestjs/common';
import { NotificationPreferences } from '@ownerdash/contracts';
import { EntityManager } from 'typeorm';

export interface ExportedNotification {
  readonly id: string;
  readonly type: string;
  readonly conversationId: string;
  readonly messageId: string | null;
  /** Who caused it, by id and display name only. */
  readonly actor: { readonly id: string; readonly displayName: string } | null;
  readonly createdAt: Date;
  readonly readAt: Date | null;
}

/**
 * A person's notifications and notification settings as their data: read out for their export,
 * and forgotten when they are erased. Others' notifications caused by them hold their id only (`data.actorId`, named when
 * read), so those stay and read as the erased account's name.
 */
@Injectable()
export class NotificationPersonalData {
  async of(manager: EntityManager, userId: string): Promise<ExportedNotification[]> {
    const rows = (await manager.query(
      `SELECT n.id, n.type, n.data->>'conversationId' AS "conversationId", n.data->>'messageId' AS "messageId",
              n.data->>'actorId' AS "actorId", u.display_name AS "actorName",
              n.created_at AS "createdAt", n.read_at AS "readAt"
         FROM notifications n LEFT JOIN users u ON u.id = (n.data->>'actorId')::uuid
        WHERE n.user_id = $1 ORDER BY n.created_at, n.id`,
      [userId],
    )) as (Omit<ExportedNotification, 'actor'> & { actorId: string | null; actorName: string | null })[];
    return rows.map(({ actorId, actorName, ...row }) => ({
      ...row,
      actor: actorId && actorName !== null ? { id: actorId, displayName: actorName } : null,
    }));
  }

  /** The settings they saved; null while they keep the defaults (nothing is stored then). */
  async preferencesOf(manager: EntityManager, userId: string): Promise<NotificationPreferences | null> {
    const [row] = (await manager.query(
      `SELECT chat_notifications AS "chatNotifications", toasts FROM notification_preferences WHERE user_id = $1`,
      [userId],
    )) as NotificationPreferences[];
    return row ?? null;
  }

  async forget(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM notifications WHERE user_id = $1`, [userId]);
    await manager.query(`DELETE FROM notification_preferences WHERE user_id = $1`, [userId]);
  }
}
