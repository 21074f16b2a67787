import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search over chat messages: each message's words as an English tsvector, kept by
 * PostgreSQL itself (a generated column, so no write path can forget it), under a GIN index. A
 * deleted message's content is emptied, and so is its vector.
 */
export class ChatSearch1796428800000 implements MigrationInterface {
  name = 'ChatSearch1796428800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE chat_messages
      ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('english', content)) STORED`);
    await queryRunner.query(`CREATE INDEX chat_messages_search_idx ON chat_messages USING gin (search_vector)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX chat_messages_search_idx`);
    await queryRunner.query(`ALTER TABLE chat_messages DROP COLUMN search_vector`);
  }
}
