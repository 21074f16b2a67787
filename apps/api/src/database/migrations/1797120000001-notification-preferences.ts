import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's notification settings: one row once they change one, the defaults (everything on)
 * without it, so no backfill is needed. Read inside the notification insert itself.
 */
export class NotificationPreferences1797120000001 implements MigrationInterface {
  name = 'NotificationPreferences1797120000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notification_preferences (
        user_id uuid NOT NULL,
        chat_notifications boolean NOT NULL DEFAULT true,
        toasts boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notification_preferences_pkey PRIMARY KEY (user_id),
        CONSTRAINT notification_preferences_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notification_preferences`);
  }
}
