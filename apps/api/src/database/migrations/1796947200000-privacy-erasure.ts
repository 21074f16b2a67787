import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure of personal data. `users.erased_at` marks an account anonymized by an administrator
 * (it can no longer be reactivated, reset or given rights). An erased resident's name leaves
 * the evictions and former residents it belonged to, so those columns take null as the unit's
 * resident columns already did.
 */
export class PrivacyErasure1796947200000 implements MigrationInterface {
  name = 'PrivacyErasure1796947200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users ADD COLUMN erased_at timestamptz`);
    await queryRunner.query(`ALTER TABLE evictions ALTER COLUMN resident_name DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE former_residents ALTER COLUMN resident_name DROP NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // An erased name cannot come back: a value no key decrypts, which the views answer as unavailable.
    for (const table of ['former_residents', 'evictions']) {
      await queryRunner.query(`UPDATE ${table} SET resident_name = 'v1:erased' WHERE resident_name IS NULL`);
      await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN resident_name SET NOT NULL`);
    }
    await queryRunner.query(`ALTER TABLE users DROP COLUMN erased_at`);
  }
}
