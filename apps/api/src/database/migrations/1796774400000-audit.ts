import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail. Entries are inserted unchained (`hash` NULL) so requests never wait on one
 * another; the chainer later numbers each organization's entries (`chain_seq`) and links them
 * by SHA-256 (`prev_hash`, `hash`). Triggers keep the rows append-only for whoever connects,
 * the application included: an unchained entry may only be chained or folded (a repeated view
 * counted), a chained one never changes, and rows are deleted only at or below the
 * organization's chain anchor, which the retention purge moves forward before it deletes.
 */
export class Audit1796774400000 implements MigrationInterface {
  name = 'Audit1796774400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_log (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        occurred_at timestamptz(3) NOT NULL,
        last_occurred_at timestamptz(3) NOT NULL,
        occurrences integer NOT NULL DEFAULT 1,
        actor_id uuid,
        action text NOT NULL,
        target_type text,
        target_id text,
        outcome text NOT NULL,
        ip text,
        user_agent text,
        request_id text,
        details jsonb NOT NULL DEFAULT '{}',
        fold_key text,
        chain_seq bigint,
        prev_hash text,
        hash text,
        CONSTRAINT audit_log_pkey PRIMARY KEY (id),
        CONSTRAINT audit_log_outcome_ck CHECK (outcome IN ('success', 'denied', 'failed')),
        CONSTRAINT audit_log_chained_ck CHECK ((chain_seq IS NULL) = (hash IS NULL)),
        CONSTRAINT audit_log_chain_seq_uq UNIQUE (organization_id, chain_seq)
      )`);
    await queryRunner.query(
      `CREATE INDEX audit_log_organization_time_idx ON audit_log (organization_id, occurred_at DESC, id DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_log_unchained_idx ON audit_log (organization_id, occurred_at, id) WHERE hash IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX audit_log_open_fold_idx ON audit_log (organization_id, fold_key) WHERE hash IS NULL AND fold_key IS NOT NULL`,
    );
    await queryRunner.query(`
      CREATE TABLE detailed_audit_log (
        entry_id uuid NOT NULL,
        field text NOT NULL,
        before jsonb,
        after jsonb,
        CONSTRAINT detailed_audit_log_pkey PRIMARY KEY (entry_id, field),
        CONSTRAINT detailed_audit_log_entry_fk FOREIGN KEY (entry_id) REFERENCES audit_log (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE TABLE audit_chain_anchors (
        organization_id uuid NOT NULL,
        chain_seq bigint NOT NULL,
        hash text NOT NULL,
        purged_before timestamptz(3) NOT NULL,
        CONSTRAINT audit_chain_anchors_pkey PRIMARY KEY (organization_id)
      )`);

    await queryRunner.query(`
      CREATE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.hash IS NOT NULL AND EXISTS (
            SELECT 1 FROM audit_chain_anchors a
             WHERE a.organization_id = OLD.organization_id AND a.chain_seq >= OLD.chain_seq
          ) THEN
            RETURN OLD;
          END IF;
          RAISE EXCEPTION 'audit_log entry % is not below its organization''s chain anchor and cannot be deleted', OLD.id
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF OLD.hash IS NOT NULL THEN
          RAISE EXCEPTION 'audit_log entry % is chained and cannot change', OLD.id
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF (NEW.id, NEW.organization_id, NEW.occurred_at, NEW.actor_id, NEW.action, NEW.target_type, NEW.target_id,
            NEW.outcome, NEW.ip, NEW.user_agent, NEW.request_id, NEW.details, NEW.fold_key)
           IS DISTINCT FROM
           (OLD.id, OLD.organization_id, OLD.occurred_at, OLD.actor_id, OLD.action, OLD.target_type, OLD.target_id,
            OLD.outcome, OLD.ip, OLD.user_agent, OLD.request_id, OLD.details, OLD.fold_key) THEN
          RAISE EXCEPTION 'audit_log entry %: only the chain fields and a view''s fold count may be set', OLD.id
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_guard BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_guard()`,
    );

    await queryRunner.query(`
      CREATE FUNCTION audit_truncate_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% cannot be truncated', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['audit_log', 'detailed_audit_log', 'audit_chain_anchors']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_truncate_guard BEFORE TRUNCATE ON ${table} EXECUTE FUNCTION audit_truncate_guard()`,
      );
    }

    await queryRunner.query(`
      CREATE FUNCTION detailed_audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF EXISTS (SELECT 1 FROM audit_log e WHERE e.id = NEW.entry_id AND e.hash IS NULL) THEN
            RETURN NEW;
          END IF;
          RAISE EXCEPTION 'detailed_audit_log rows are added only to an unchained entry'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM audit_log e WHERE e.id = OLD.entry_id) THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'detailed_audit_log rows change only with their entry'
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER detailed_audit_log_guard BEFORE INSERT OR UPDATE OR DELETE ON detailed_audit_log
       FOR EACH ROW EXECUTE FUNCTION detailed_audit_log_guard()`,
    );

    await queryRunner.query(`
      CREATE FUNCTION audit_chain_anchors_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'audit_chain_anchors rows cannot be deleted' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF TG_OP = 'UPDATE' AND (NEW.organization_id <> OLD.organization_id OR NEW.chain_seq < OLD.chain_seq) THEN
          RAISE EXCEPTION 'an audit chain anchor only moves forward' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT EXISTS (
          SELECT 1 FROM audit_log e
           WHERE e.organization_id = NEW.organization_id AND e.chain_seq = NEW.chain_seq AND e.hash = NEW.hash
        ) THEN
          RAISE EXCEPTION 'an audit chain anchor must name a chained entry and its hash'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_chain_anchors_guard BEFORE INSERT OR UPDATE OR DELETE ON audit_chain_anchors
       FOR EACH ROW EXECUTE FUNCTION audit_chain_anchors_guard()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_chain_anchors`);
    await queryRunner.query(`DROP TABLE detailed_audit_log`);
    await queryRunner.query(`DROP TABLE audit_log`);
    await queryRunner.query(`DROP FUNCTION audit_chain_anchors_guard()`);
    await queryRunner.query(`DROP FUNCTION detailed_audit_log_guard()`);
    await queryRunner.query(`DROP FUNCTION audit_log_guard()`);
    await queryRunner.query(`DROP FUNCTION audit_truncate_guard()`);
  }
}
