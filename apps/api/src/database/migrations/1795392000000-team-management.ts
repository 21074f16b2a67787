import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations and password resets, per-user property scope and permission tree, and
 * permission presets. Invited users may not have a password yet; temporary passwords expire.
 */
export class TeamManagement1795392000000 implements MigrationInterface {
  name = 'TeamManagement1795392000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE users ADD COLUMN password_expires_at timestamptz`);
    await queryRunner.query(`ALTER TABLE users ADD COLUMN invited_at timestamptz`);
    await queryRunner.query(`
      CREATE TABLE password_resets (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        purpose text NOT NULL,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CONSTRAINT password_resets_pkey PRIMARY KEY (id),
        CONSTRAINT password_resets_token_hash_uq UNIQUE (token_hash),
        CONSTRAINT password_resets_purpose_ck CHECK (purpose IN ('invite', 'reset')),
        CONSTRAINT password_resets_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT password_resets_created_by_fk FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX password_resets_user_id_idx ON password_resets (user_id)`);
    await queryRunner.query(`
      CREATE TABLE user_property_access (
        user_id uuid NOT NULL,
        property_id uuid NOT NULL,
        CONSTRAINT user_property_access_pkey PRIMARY KEY (user_id, property_id),
        CONSTRAINT user_property_access_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT user_property_access_property_fk FOREIGN KEY (property_id)
          REFERENCES properties (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX user_property_access_property_id_idx ON user_property_access (property_id)`);
    await queryRunner.query(`
      CREATE TABLE user_tab_access (
        user_id uuid NOT NULL,
        tab_id text NOT NULL,
        can_view boolean NOT NULL DEFAULT true,
        CONSTRAINT user_tab_access_pkey PRIMARY KEY (user_id, tab_id),
        CONSTRAINT user_tab_access_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE user_view_access (
        user_id uuid NOT NULL,
        view_id text NOT NULL,
        can_view boolean NOT NULL DEFAULT true,
        CONSTRAINT user_view_access_pkey PRIMARY KEY (user_id, view_id),
        CONSTRAINT user_view_access_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE permission_presets (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        name text NOT NULL,
        role text NOT NULL,
        tabs jsonb NOT NULL DEFAULT '{}',
        views jsonb NOT NULL DEFAULT '{}',
        property_ids uuid[],
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT permission_presets_pkey PRIMARY KEY (id),
        CONSTRAINT permission_presets_role_ck CHECK (role IN ('admin', 'user')),
        CONSTRAINT permission_presets_organization_fk FOREIGN KEY (organization_id)
          REFERENCES organizations (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX permission_presets_organization_name_uq ON permission_presets (organization_id, lower(name))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE permission_presets`);
    await queryRunner.query(`DROP TABLE user_view_access`);
    await queryRunner.query(`DROP TABLE user_tab_access`);
    await queryRunner.query(`DROP TABLE user_property_access`);
    await queryRunner.query(`DROP TABLE password_resets`);
    await queryRunner.query(`ALTER TABLE users DROP COLUMN invited_at`);
    await queryRunner.query(`ALTER TABLE users DROP COLUMN password_expires_at`);
    // Invited users who never set a password cannot survive the older schema.
    await queryRunner.query(`DELETE FROM users WHERE password_hash IS NULL`);
    await queryRunner.query(`ALTER TABLE users ALTER COLUMN password_hash SET NOT NULL`);
  }
}
