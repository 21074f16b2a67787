import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organizations, properties, user accounts, sessions with their refresh tokens, and login throttling. */
export class Accounts1795305600000 implements MigrationInterface {
  name = 'Accounts1795305600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE organizations (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        slug text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organizations_pkey PRIMARY KEY (id),
        CONSTRAINT organizations_slug_uq UNIQUE (slug)
      )`);
    await queryRunner.query(`
      CREATE TABLE properties (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        name text NOT NULL,
        slug text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT properties_pkey PRIMARY KEY (id),
        CONSTRAINT properties_organization_slug_uq UNIQUE (organization_id, slug),
        CONSTRAINT properties_organization_fk FOREIGN KEY (organization_id)
          REFERENCES organizations (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE users (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        email text NOT NULL,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL DEFAULT 'user',
        is_active boolean NOT NULL DEFAULT true,
        must_change_password boolean NOT NULL DEFAULT false,
        permission_version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid,
        last_login timestamptz,
        avatar_url text,
        CONSTRAINT users_pkey PRIMARY KEY (id),
        CONSTRAINT users_role_ck CHECK ("role" IN ('admin', 'user')),
        CONSTRAINT users_organization_fk FOREIGN KEY (organization_id)
          REFERENCES organizations (id) ON DELETE CASCADE,
        CONSTRAINT users_created_by_fk FOREIGN KEY (created_by)
          REFERENCES users (id) ON DELETE SET NULL
      )`);
    // Case-insensitive uniqueness, whatever case a client sends.
    await queryRunner.query(`CREATE UNIQUE INDEX users_email_uq ON users (lower(email))`);
    await queryRunner.query(`CREATE INDEX users_organization_id_idx ON users (organization_id)`);
    await queryRunner.query(`
      CREATE TABLE sessions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoke_reason text,
        ip_address text,
        user_agent text,
        CONSTRAINT sessions_pkey PRIMARY KEY (id),
        CONSTRAINT sessions_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX sessions_user_id_idx ON sessions (user_id)`);
    await queryRunner.query(`
      CREATE TABLE refresh_tokens (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        replaced_by uuid,
        CONSTRAINT refresh_tokens_pkey PRIMARY KEY (id),
        CONSTRAINT refresh_tokens_token_hash_uq UNIQUE (token_hash),
        CONSTRAINT refresh_tokens_family_fk FOREIGN KEY (family_id) REFERENCES sessions (id) ON DELETE CASCADE,
        CONSTRAINT refresh_tokens_replaced_by_fk FOREIGN KEY (replaced_by)
          REFERENCES refresh_tokens (id) ON DELETE SET NULL
      )`);
    await queryRunner.query(`CREATE INDEX refresh_tokens_family_id_idx ON refresh_tokens (family_id)`);
    // Failed sign-in counters per account and per client address, shared by every API instance.
    await queryRunner.query(`
      CREATE TABLE login_throttle (
        key text NOT NULL,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz,
        CONSTRAINT login_throttle_pkey PRIMARY KEY (key)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE login_throttle`);
    await queryRunner.query(`DROP TABLE refresh_tokens`);
    await queryRunner.query(`DROP TABLE sessions`);
    await queryRunner.query(`DROP TABLE users`);
    await queryRunner.query(`DROP TABLE properties`);
    await queryRunner.query(`DROP TABLE organizations`);
  }
}
