import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications: one row per person told of something (a message, a mention, being added to a
 * conversation), written in the transaction of what it tells of. Listed newest first per person;
 * the unread ones have an index of their own for the badge.
 */
export class Notifications1796515200000 implements MigrationInterface {
  name = 'Notifications1796515200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notifications (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        type text NOT NULL,
        data jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        CONSTRAINT notifications_pkey PRIMARY KEY (id),
        CONSTRAINT notifications_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT notifications_type_ck CHECK (type IN ('message_received', 'mention', 'added_to_conversation'))
      )`);
    await queryRunner.query(
      `CREATE INDEX notifications_user_created_idx ON notifications (user_id, created_at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX notifications_user_unread_idx ON notifications (user_id) WHERE read_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE notifications`);
  }
}
