import { MigrationInterface, QueryRunner } from 'typeorm';

/** The encrypted columns of portfolio/data/encrypted-columns.ts as of this migration. */
const SEALED = [
  ['units', 'resident_name'],
  ['units', 'resident_email'],
  ['units', 'resident_phone'],
  ['evictions', 'resident_name'],
  ['former_residents', 'resident_name'],
] as const;

/**
 * Personal data is encrypted in the application (AES-256-GCM, `v1:<kid>:<nonce>:<ciphertext>`), in
 * the text columns it was stored in, so no column changes type. What the database adds is a
 * check per column that a new or changed value is a ciphertext, so a writer that forgot to encrypt
 * fails instead of storing plaintext. The checks are NOT VALID: rows written before encryption
 * stay as they are until `npm run cli -- rotate-field-keys` encrypts them (no key is known here),
 * and the command validates the checks once no plaintext is left.
 */
export class FieldEncryption1796860800000 implements MigrationInterface {
  name = 'FieldEncryption1796860800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of SEALED) {
      await queryRunner.query(
        `ALTER TABLE ${table} ADD CONSTRAINT ${table}_${column}_sealed_ck
           CHECK ("${column}" IS NULL OR "${column}" LIKE 'v1:%') NOT VALID`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, column] of [...SEALED].reverse()) {
      await queryRunner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_${column}_sealed_ck`);
    }
  }
}
