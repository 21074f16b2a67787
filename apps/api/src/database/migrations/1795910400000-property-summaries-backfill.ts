import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fills the property summaries of the previous migration for the data written before their
 * triggers existed, with the same refresh functions the triggers call.
 */
export class PropertySummariesBackfill1795910400000 implements MigrationInterface {
  name = 'PropertySummariesBackfill1795910400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`SELECT refresh_property_receivables(ARRAY(SELECT id FROM properties))`);
    await queryRunner.query(
      `SELECT refresh_property_latest_metrics(array_agg(id), array_agg(DATE 'infinity')) FROM properties`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM property_latest_metrics`);
    await queryRunner.query(`DELETE FROM property_receivables`);
  }
}
