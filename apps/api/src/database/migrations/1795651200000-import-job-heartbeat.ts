import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When an import job last reported progress. A job whose server stopped mid-import stays
 * "running" in the table; a job silent for long enough is known to be dead and is reported failed.
 */
export class ImportJobHeartbeat1795651200000 implements MigrationInterface {
  name = 'ImportJobHeartbeat1795651200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE import_jobs ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE import_jobs DROP COLUMN updated_at`);
  }
}
