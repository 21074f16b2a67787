import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A message's dashboard reference: what it points at, the sender's dashboard state and the
 * snapshot the server took at send time, with the properties and view a reader must be allowed
 * to see (checked on every read, never stored per reader). No index: it is only read with its
 * message.
 */
export class ChatReferences1796688000000 implements MigrationInterface {
  name = 'ChatReferences1796688000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE chat_messages ADD COLUMN reference jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE chat_messages DROP COLUMN reference`);
  }
}
