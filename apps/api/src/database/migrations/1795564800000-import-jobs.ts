import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Import jobs: one row per import request, updated while it runs (phase and row counters) so a
 * client can poll a long upload, and kept afterwards with what it wrote or why it was refused.
 */
export class ImportJobs1795564800000 implements MigrationInterface {
  name = 'ImportJobs1795564800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE import_jobs (
        id uuid NOT NULL,
        organization_id uuid NOT NULL,
        user_id uuid,
        dataset text NOT NULL,
        status text NOT NULL,
        phase text NOT NULL,
        rows_read integer NOT NULL DEFAULT 0,
        rows_written integer NOT NULL DEFAULT 0,
        report jsonb,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        CONSTRAINT import_jobs_pkey PRIMARY KEY (id),
        CONSTRAINT import_jobs_organization_fk FOREIGN KEY (organization_id)
          REFERENCES organizations (id) ON DELETE CASCADE,
        CONSTRAINT import_jobs_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT import_jobs_dataset_ck
          CHECK (dataset IN ('properties', 'units', 'metrics', 'financials', 'reviews', 'work-orders')),
        CONSTRAINT import_jobs_status_ck CHECK (status IN ('running', 'succeeded', 'failed')),
        CONSTRAINT import_jobs_phase_ck CHECK (phase IN ('reading', 'validating', 'writing', 'done')),
        CONSTRAINT import_jobs_rows_ck CHECK (rows_read >= 0 AND rows_written >= 0)
      )`);
    await queryRunner.query(`CREATE INDEX import_jobs_organization_id_idx ON import_jobs (organization_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE import_jobs`);
  }
}
