import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the chat's queries, chosen with EXPLAIN on the Scale 300 organization with a million
 * messages (docs/architecture.md, "The chat's queries"):
 *
 * - `chat_messages_unread_idx`: the messages not deleted by conversation and seq, with their
 *   sender, so an unread count (seq after the reader's last read, sender not the reader) is an
 *   index-only scan instead of a visit to every unread message's heap row.
 * - `chat_members_user_conversation_idx`: a reader's member rows, also those they left, which the
 *   list and the unread counts join for the read state (`me`); it replaces the partial index on
 *   current members only, which that join could not use. `last_read_seq` is deliberately not in
 *   it, so marking read stays a HOT update.
 * - `chat_messages_reply_to_idx`: replies by the message they answer. Deleting messages (a
 *   conversation, property or organization going, with ON DELETE CASCADE) sets their replies'
 *   `reply_to_id` to null, and without it each deleted message scanned the whole table.
 */
export class ChatIndexes1796601600000 implements MigrationInterface {
  name = 'ChatIndexes1796601600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX chat_messages_unread_idx ON chat_messages (conversation_id, seq) INCLUDE (sender_id)
       WHERE deleted_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX chat_members_user_conversation_idx ON chat_members (user_id, conversation_id)`,
    );
    await queryRunner.query(`DROP INDEX chat_members_user_id_idx`);
    await queryRunner.query(
      `CREATE INDEX chat_messages_reply_to_idx ON chat_messages (reply_to_id) WHERE reply_to_id IS NOT NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX chat_messages_reply_to_idx`);
    await queryRunner.query(`CREATE INDEX chat_members_user_id_idx ON chat_members (user_id) WHERE left_at IS NULL`);
    await queryRunner.query(`DROP INDEX chat_members_user_conversation_idx`);
    await queryRunner.query(`DROP INDEX chat_messages_unread_idx`);
  }
}
