import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The chat: conversations (direct, group, or one per property), their members with read state,
 * messages numbered per conversation without gaps, and reactions. `last_seq` on the conversation
 * is the counter a send increments under the row's lock, which orders concurrent senders and
 * rolls back with a failed send, so seq stays gap-free.
 */
export class Chat1796256000000 implements MigrationInterface {
  name = 'Chat1796256000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE chat_conversations (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        type text NOT NULL,
        name text,
        property_id uuid,
        direct_key text,
        created_by uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz,
        last_seq bigint NOT NULL DEFAULT 0,
        last_message_at timestamptz,
        CONSTRAINT chat_conversations_pkey PRIMARY KEY (id),
        CONSTRAINT chat_conversations_type_ck CHECK (type IN ('direct', 'group', 'property')),
        CONSTRAINT chat_conversations_shape_ck CHECK (
          (type = 'direct' AND direct_key IS NOT NULL AND property_id IS NULL AND name IS NULL)
          OR (type = 'group' AND name IS NOT NULL AND property_id IS NULL AND direct_key IS NULL)
          OR (type = 'property' AND property_id IS NOT NULL AND direct_key IS NULL AND name IS NULL)
        ),
        CONSTRAINT chat_conversations_last_seq_ck CHECK (last_seq >= 0),
        CONSTRAINT chat_conversations_organization_fk FOREIGN KEY (organization_id)
          REFERENCES organizations (id) ON DELETE CASCADE,
        CONSTRAINT chat_conversations_property_fk FOREIGN KEY (property_id) REFERENCES properties (id) ON DELETE CASCADE,
        CONSTRAINT chat_conversations_created_by_fk FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX chat_conversations_direct_uq ON chat_conversations (organization_id, direct_key) WHERE type = 'direct'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX chat_conversations_property_uq ON chat_conversations (organization_id, property_id) WHERE type = 'property'`,
    );
    await queryRunner.query(`
      CREATE TABLE chat_members (
        conversation_id uuid NOT NULL,
        user_id uuid NOT NULL,
        role text NOT NULL DEFAULT 'member',
        joined_at timestamptz NOT NULL DEFAULT now(),
        left_at timestamptz,
        last_read_seq bigint NOT NULL DEFAULT 0,
        muted boolean NOT NULL DEFAULT false,
        CONSTRAINT chat_members_pkey PRIMARY KEY (conversation_id, user_id),
        CONSTRAINT chat_members_role_ck CHECK (role IN ('owner', 'member')),
        CONSTRAINT chat_members_last_read_seq_ck CHECK (last_read_seq >= 0),
        CONSTRAINT chat_members_conversation_fk FOREIGN KEY (conversation_id)
          REFERENCES chat_conversations (id) ON DELETE CASCADE,
        CONSTRAINT chat_members_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX chat_members_user_id_idx ON chat_members (user_id) WHERE left_at IS NULL`);
    await queryRunner.query(`
      CREATE TABLE chat_messages (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        conversation_id uuid NOT NULL,
        seq bigint NOT NULL,
        sender_id uuid,
        client_message_id text NOT NULL,
        content text NOT NULL,
        reply_to_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz,
        CONSTRAINT chat_messages_pkey PRIMARY KEY (id),
        CONSTRAINT chat_messages_conversation_seq_uq UNIQUE (conversation_id, seq),
        CONSTRAINT chat_messages_sender_client_message_uq UNIQUE (sender_id, client_message_id),
        CONSTRAINT chat_messages_seq_ck CHECK (seq > 0),
        CONSTRAINT chat_messages_content_length_ck CHECK (char_length(content) <= 10000),
        CONSTRAINT chat_messages_conversation_fk FOREIGN KEY (conversation_id)
          REFERENCES chat_conversations (id) ON DELETE CASCADE,
        CONSTRAINT chat_messages_sender_fk FOREIGN KEY (sender_id) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT chat_messages_reply_to_fk FOREIGN KEY (reply_to_id) REFERENCES chat_messages (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE chat_reactions (
        message_id uuid NOT NULL,
        user_id uuid NOT NULL,
        emoji text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT chat_reactions_pkey PRIMARY KEY (message_id, user_id, emoji),
        CONSTRAINT chat_reactions_message_fk FOREIGN KEY (message_id) REFERENCES chat_messages (id) ON DELETE CASCADE,
        CONSTRAINT chat_reactions_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE chat_reactions`);
    await queryRunner.query(`DROP TABLE chat_messages`);
    await queryRunner.query(`DROP TABLE chat_members`);
    await queryRunner.query(`DROP TABLE chat_conversations`);
  }
}
