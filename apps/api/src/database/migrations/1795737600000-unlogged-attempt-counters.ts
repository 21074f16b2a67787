import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sign-in attempt counters are written on every sign-in, and each write of a logged table
 * waits for its WAL to reach the disk: several flushes per sign-in. They are short-lived counters
 * (15-minute windows), so they need no crash safety: unlogged, they cost no flush, and a crash of
 * the database server empties them, which forgives at most one window of failures.
 */
export class UnloggedAttemptCounters1795737600000 implements MigrationInterface {
  name = 'UnloggedAttemptCounters1795737600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE login_throttle SET UNLOGGED`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE login_throttle SET LOGGED`);
  }
}
