import { MigrationInterface, QueryRunner } from 'typeorm';

const SHAPE_BEFORE = `
  (type = 'direct' AND direct_key IS NOT NULL AND property_id IS NULL AND name IS NULL)
  OR (type = 'group' AND name IS NOT NULL AND property_id IS NULL AND direct_key IS NULL)
  OR (type = 'property' AND property_id IS NOT NULL AND direct_key IS NULL AND name IS NULL)`;

/**
 * Threads about one entity of the portfolio data (`type = 'entity'`): the entity's type and id,
 * its subject in `name`, and the entity's property in `property_id`, so access joins the scope
 * predicate as a property's conversation does. The entity id has no foreign key (it names rows
 * of several tables, and a lease by its unit and end); the property's cascades as before. The
 * index serves listing and counting an entity's threads.
 */
export class ChatEntityThreads1797120000000 implements MigrationInterface {
  name = 'ChatEntityThreads1797120000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE chat_conversations
        ADD COLUMN entity_type text,
        ADD COLUMN entity_id text,
        DROP CONSTRAINT chat_conversations_type_ck,
        DROP CONSTRAINT chat_conversations_shape_ck,
        ADD CONSTRAINT chat_conversations_type_ck CHECK (type IN ('direct', 'group', 'property', 'entity')),
        ADD CONSTRAINT chat_conversations_entity_type_ck
          CHECK (entity_type IN ('unit', 'lease', 'work_order', 'eviction')),
        ADD CONSTRAINT chat_conversations_shape_ck CHECK (
          ((${SHAPE_BEFORE}) AND entity_type IS NULL AND entity_id IS NULL)
          OR (type = 'entity' AND entity_type IS NOT NULL AND entity_id IS NOT NULL AND property_id IS NOT NULL
              AND name IS NOT NULL AND direct_key IS NULL)
        )`);
    await queryRunner.query(
      `CREATE INDEX chat_conversations_entity_idx ON chat_conversations (organization_id, entity_type, entity_id)
       WHERE type = 'entity'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The earlier schema has no place for threads: they go, with their members and messages.
    await queryRunner.query(`DELETE FROM chat_conversations WHERE type = 'entity'`);
    await queryRunner.query(`DROP INDEX chat_conversations_entity_idx`);
    await queryRunner.query(`
      ALTER TABLE chat_conversations
        DROP CONSTRAINT chat_conversations_shape_ck,
        DROP CONSTRAINT chat_conversations_entity_type_ck,
        DROP CONSTRAINT chat_conversations_type_ck,
        DROP COLUMN entity_id,
        DROP COLUMN entity_type,
        ADD CONSTRAINT chat_conversations_type_ck CHECK (type IN ('direct', 'group', 'property')),
        ADD CONSTRAINT chat_conversations_shape_ck CHECK (${SHAPE_BEFORE})`);
  }
}
