import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two summaries per property that the portfolio's widest views read instead of every row of a
 * large portfolio, kept up to date by triggers in the transaction of each write they summarize
 * (the import, the demo generator, or any other statement), so they are never stale and never
 * mix scopes: a view still joins them to `properties` under the caller's scope predicate.
 *
 * - `property_receivables`: how many units owe money and how much (the AR table's totals).
 * - `property_latest_metrics`: the latest daily metrics and those of 30 days before (the KPI tiles).
 *
 * Each refresh first makes sure the property's summary row exists and locks it, then recounts in
 * a statement of its own: under READ COMMITTED that statement sees every write committed by the
 * writer that held the lock before, so concurrent writers of one property take turns and the last
 * one counts everything. Row locks rather than advisory locks: a transaction may refresh
 * thousands of properties (a large import or generated organization), more than the shared
 * lock table holds. The row of a property deleted in the same transaction is left to the cascade.
 *
 * A statement is only recounted for where it can change a summary: the properties of the owing
 * units it wrote or removed, and, once their rows are locked, the properties where it wrote or
 * removed a day no earlier than 30 days before their latest (an import of old history recounts
 * nothing).
 *
 * The AR table's page comes from `units_owing_order_idx`, in the exact order it sorts by (the
 * `units_balance_idx` it replaces sorted nulls first, so no `ORDER BY … NULLS LAST` could use it).
 */
export class PropertySummaries1795824000000 implements MigrationInterface {
  name = 'PropertySummaries1795824000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX units_owing_order_idx ON units (balance DESC NULLS LAST, id) WHERE balance > 0`,
    );
    await queryRunner.query(`DROP INDEX units_balance_idx`);

    await queryRunner.query(`
      CREATE TABLE property_receivables (
        property_id uuid NOT NULL,
        units_owing integer NOT NULL DEFAULT 0,
        balance_owed numeric NOT NULL DEFAULT 0,
        CONSTRAINT property_receivables_pkey PRIMARY KEY (property_id),
        CONSTRAINT property_receivables_property_fk FOREIGN KEY (property_id)
          REFERENCES properties (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE FUNCTION refresh_property_receivables(changed uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO property_receivables (property_id)
        SELECT id FROM properties WHERE id = ANY(changed) ORDER BY id
        ON CONFLICT (property_id) DO NOTHING;
        PERFORM 1 FROM property_receivables WHERE property_id = ANY(changed) ORDER BY property_id FOR UPDATE;
        UPDATE property_receivables r
           SET (units_owing, balance_owed) = (
                 SELECT count(*), coalesce(sum(u.balance), 0)
                   FROM units u
                  WHERE u.property_id = r.property_id AND u.balance > 0)
         WHERE r.property_id = ANY(changed);
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION units_refresh_receivables() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM refresh_property_receivables(ARRAY(SELECT DISTINCT property_id FROM new_units WHERE balance > 0));
        ELSIF TG_OP = 'UPDATE' THEN
          PERFORM refresh_property_receivables(ARRAY(
            SELECT property_id FROM new_units WHERE balance > 0
            UNION SELECT property_id FROM old_units WHERE balance > 0));
        ELSE
          PERFORM refresh_property_receivables(ARRAY(SELECT DISTINCT property_id FROM old_units WHERE balance > 0));
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER units_receivables_insert AFTER INSERT ON units
        REFERENCING NEW TABLE AS new_units
        FOR EACH STATEMENT EXECUTE FUNCTION units_refresh_receivables()`);
    await queryRunner.query(`
      CREATE TRIGGER units_receivables_update AFTER UPDATE ON units
        REFERENCING OLD TABLE AS old_units NEW TABLE AS new_units
        FOR EACH STATEMENT EXECUTE FUNCTION units_refresh_receivables()`);
    await queryRunner.query(`
      CREATE TRIGGER units_receivables_delete AFTER DELETE ON units
        REFERENCING OLD TABLE AS old_units
        FOR EACH STATEMENT EXECUTE FUNCTION units_refresh_receivables()`);

    // A property whose metrics were all deleted keeps its row with null metrics: deleting the row
    // would let a concurrent writer's lock miss it (a row deleted under FOR UPDATE is skipped).
    await queryRunner.query(`
      CREATE TABLE property_latest_metrics (
        property_id uuid NOT NULL,
        metric_date date,
        occupancy_pct numeric(5,2),
        leased_pct numeric(5,2),
        vacant integer,
        notice integer,
        available_to_rent integer,
        prior_occupancy_pct numeric(5,2),
        prior_leased_pct numeric(5,2),
        prior_vacant integer,
        prior_notice integer,
        prior_available_to_rent integer,
        CONSTRAINT property_latest_metrics_pkey PRIMARY KEY (property_id),
        CONSTRAINT property_latest_metrics_property_fk FOREIGN KEY (property_id)
          REFERENCES properties (id) ON DELETE CASCADE
      )`);
    await queryRunner.query(`
      CREATE FUNCTION refresh_property_latest_metrics(changed uuid[], latest_changed date[])
        RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO property_latest_metrics (property_id)
        SELECT id FROM properties WHERE id = ANY(changed) ORDER BY id
        ON CONFLICT (property_id) DO NOTHING;
        PERFORM 1 FROM property_latest_metrics WHERE property_id = ANY(changed) ORDER BY property_id FOR UPDATE;
        -- latest_changed is the latest day written or removed for each property of changed.
        UPDATE property_latest_metrics l
           SET (metric_date, occupancy_pct, leased_pct, vacant, notice, available_to_rent,
                prior_occupancy_pct, prior_leased_pct, prior_vacant, prior_notice, prior_available_to_rent) = (
                 cur.metric_date, cur.occupancy_pct, cur.leased_pct, cur.vacant, cur.notice, cur.available_to_rent,
                 prior.occupancy_pct, prior.leased_pct, prior.vacant, prior.notice, prior.available_to_rent)
          FROM unnest(changed, latest_changed) AS c (property_id, latest_changed)
          LEFT JOIN LATERAL (
                 SELECT m.metric_date, m.occupancy_pct, m.leased_pct, m.vacant, m.notice, m.available_to_rent
                   FROM property_daily_metrics m
                  WHERE m.property_id = c.property_id
                  ORDER BY m.metric_date DESC
                  LIMIT 1) cur ON true
          LEFT JOIN property_daily_metrics prior
            ON prior.property_id = c.property_id AND prior.metric_date = cur.metric_date - 30
         WHERE l.property_id = c.property_id
           AND (l.metric_date IS NULL OR c.latest_changed >= l.metric_date - 30);
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION daily_metrics_refresh_latest() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changed uuid[];
        latest_changed date[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(property_id), array_agg(latest) INTO changed, latest_changed
            FROM (SELECT property_id, max(metric_date) AS latest FROM new_metrics GROUP BY property_id) days;
        ELSIF TG_OP = 'UPDATE' THEN
          SELECT array_agg(property_id), array_agg(latest) INTO changed, latest_changed
            FROM (SELECT property_id, max(metric_date) AS latest
                    FROM (SELECT property_id, metric_date FROM new_metrics
                          UNION ALL SELECT property_id, metric_date FROM old_metrics) both_versions
                   GROUP BY property_id) days;
        ELSE
          SELECT array_agg(property_id), array_agg(latest) INTO changed, latest_changed
            FROM (SELECT property_id, max(metric_date) AS latest FROM old_metrics GROUP BY property_id) days;
        END IF;
        IF changed IS NOT NULL THEN
          PERFORM refresh_property_latest_metrics(changed, latest_changed);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER property_daily_metrics_latest_insert AFTER INSERT ON property_daily_metrics
        REFERENCING NEW TABLE AS new_metrics
        FOR EACH STATEMENT EXECUTE FUNCTION daily_metrics_refresh_latest()`);
    await queryRunner.query(`
      CREATE TRIGGER property_daily_metrics_latest_update AFTER UPDATE ON property_daily_metrics
        REFERENCING OLD TABLE AS old_metrics NEW TABLE AS new_metrics
        FOR EACH STATEMENT EXECUTE FUNCTION daily_metrics_refresh_latest()`);
    await queryRunner.query(`
      CREATE TRIGGER property_daily_metrics_latest_delete AFTER DELETE ON property_daily_metrics
        REFERENCING OLD TABLE AS old_metrics
        FOR EACH STATEMENT EXECUTE FUNCTION daily_metrics_refresh_latest()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER property_daily_metrics_latest_delete ON property_daily_metrics`);
    await queryRunner.query(`DROP TRIGGER property_daily_metrics_latest_update ON property_daily_metrics`);
    await queryRunner.query(`DROP TRIGGER property_daily_metrics_latest_insert ON property_daily_metrics`);
    await queryRunner.query(`DROP FUNCTION daily_metrics_refresh_latest()`);
    await queryRunner.query(`DROP FUNCTION refresh_property_latest_metrics(uuid[], date[])`);
    await queryRunner.query(`DROP TABLE property_latest_metrics`);
    await queryRunner.query(`DROP TRIGGER units_receivables_delete ON units`);
    await queryRunner.query(`DROP TRIGGER units_receivables_update ON units`);
    await queryRunner.query(`DROP TRIGGER units_receivables_insert ON units`);
    await queryRunner.query(`DROP FUNCTION units_refresh_receivables()`);
    await queryRunner.query(`DROP FUNCTION refresh_property_receivables(uuid[])`);
    await queryRunner.query(`DROP TABLE property_receivables`);
    await queryRunner.query(`CREATE INDEX units_balance_idx ON units (balance DESC) WHERE balance > 0`);
    await queryRunner.query(`DROP INDEX units_owing_order_idx`);
  }
}
