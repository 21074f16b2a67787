import { Injectable } from '@nestjs/common';
import { DEFAULT_NOTIFICATION_PREFERENCES, NotificationPreferences as Preferences } from '@ownerdash/contracts';
import { DataSource } from 'typeorm';
import { AuthContext } from '../auth/auth-context';

type Person = Pick<AuthContext, 'userId'>;

/** Each person's notification settings: the defaults until they save their own. */
@Injectable()
export class NotificationPreferences {
  constructor(private readonly dataSource: DataSource) {}

  async of(person: Person): Promise<Preferences> {
    const [row] = await this.dataSource.query<Preferences[]>(
      `SELECT chat_notifications AS "chatNotifications", toasts FROM notification_preferences WHERE user_id = $1`,
      [person.userId],
    );
    return row ?? DEFAULT_NOTIFICATION_PREFERENCES;
  }

  async save(person: Person, preferences: Preferences): Promise<Preferences> {
    const [row] = await this.dataSource.query<Preferences[]>(
      `INSERT INTO notification_preferences (user_id, chat_notifications, toasts) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE
       SET chat_notifications = EXCLUDED.chat_notifications, toasts = EXCLUDED.toasts, updated_at = now()
       RETURNING chat_notifications AS "chatNotifications", toasts`,
      [person.userId, preferences.chatNotifications, preferences.toasts],
    );
    return row as Preferences;
  }
}
