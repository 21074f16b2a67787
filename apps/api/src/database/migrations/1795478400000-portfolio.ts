import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The portfolio behind the dashboard: property details, units with their leases and residents,
 * daily property metrics, monthly counts (move-out reasons, lead sources), monthly financial
 * lines, reviews, work orders, evictions, former residents' balances and market comps.
 * Every table hangs off a property, so one scope predicate on `properties` limits them all.
 */
export class Portfolio1795478400000 implements MigrationInterface {
  name = 'Portfolio1795478400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE properties
        ADD COLUMN address text,
        ADD COLUMN city text,
        ADD COLUMN state text,
        ADD COLUMN unit_count integer NOT NULL DEFAULT 0,
        ADD COLUMN year_built smallint,
        ADD CONSTRAINT properties_unit_count_ck CHECK (unit_count >= 0)`);
    await queryRunner.query(`
      CREATE TABLE units (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        property_id uuid NOT NULL,
        unit_number text NOT NULL,
        floorplan text NOT NULL,
        bedrooms smallint NOT NULL,
        bathrooms numeric(3,1) NOT NULL,
        square_feet integer NOT NULL,
        market_rent numeric(10,2) NOT NULL,
        current_rent numeric(10,2),
        previous_rent numeric(10,2),
        status text NOT NULL,
        lease_start date,
        lease_end date,
        renewal_status text,
        resident_name text,
        resident_email text,
        resident_phone text,
        balance numeric(12,2) NOT NULL DEFAULT 0,
        days_past_due integer NOT NULL DEFAULT 0,
        churn_risk numeric(4,3),
        delinquency_risk numeric(4,3),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT units_pkey PRIMARY KEY (id),
        CONSTRAINT units_property_number_uq UNIQUE (property_id, unit_number),
        CONSTRAINT units_property_fk FOREIGN KEY (property_id) REFERENCES properties (id) ON DELETE CASCADE,
        CONSTRAINT units_status_ck CHECK (status IN ('occupied', 'vacant', 'notice', 'model', 'down')),
        CONSTRAINT units_renewal_status_ck CHECK (renewal_status IN ('renewed', 'vacating', 'pending')),
        CONSTRAINT units_bedrooms_ck CHECK (bedrooms BETWEEN 0 AND 10),
        CONSTRAINT units_risk_ck CHECK (churn_risk BETWEEN 0 AND 1 AND delinquency_risk BETWEEN 0 AND 1),
        CONSTRAINT units_days_past_due_ck CHECK (days_past_due >= 0)
      )`);
    await queryRunner.query(`CREATE INDEX units_property_status_idx ON units (property_id, status)`);
    await queryRunner.query(`CREATE INDEX units_property_lease_end_idx ON units (property_id, lease_end)`);
    // The AR table lists units that owe money, largest balance first.
    await queryRunner.query(
      `CREATE INDEX units_property_balance_idx ON units (property_id, balance DESC) WHERE balance > 0`,
    );
    await queryRunner.query(`CREATE INDEX units_balance_idx ON units (balance DESC) WHERE balance > 0`);
    await queryRunner.query(`
      CREATE TABLE property_daily_metrics (
        property_id uuid NOT NULL,
        metric_date date NOT NULL,
        occupancy_pct numeric(5,2) NOT NULL,
        leased_pct numeric(5,2) NOT NULL,
        vacant integer NOT NULL,
        notice integer NOT NULL,
        available_to_rent integer NOT NULL,
        leads integer NOT NULL,
        tours integer NOT NULL,
        applications integer NOT NULL,
        leases_signed integer NOT NULL,
        renewals_offered integer NOT NULL,
        renewals_signed integer NOT NULL,
        move_outs integer NOT NULL,
        CONSTRAINT property_daily_metrics_pkey PRIMARY KEY (property_id, metric_date),
        CONSTRAINT property_daily_metrics_property_fk FOREIGN KEY (property_id)
          REFERENCES properties (id) ON DELETE CASCADE,
        CONSTRAINT property_daily_metrics_pct_ck
          CHECK (occupancy_pct BETWEEN 0 AND 100 AND leased_pct BETWEEN 0 AND 100),
        CONSTRAINT property_daily_metrics_counts_ck CHECK (
          LEAST(vacant, notice, available_to_rent, leads, tours, applications, leases_signed,
                renewals_offered, renewals_signed, move_outs) >= 0)
      )`);
    await queryRunner.query(`CREATE INDEX property_daily_metrics_date_idx ON property_daily_metrics (metric_date)`);
    await queryRunner.query(`
      CREATE TABLE property_monthly_counts (
        property_id uuid NOT NULL,
        month date NOT NULL,
        kind text NOT NULL,
        label text NOT NULL,
        count integer NOT NULL,
        CONSTRAINT property_monthly_counts_pkey PRIMARY KEY (property_id, kind, month, label),
        CONSTRAINT property_monthly_counts_property_fk FOREIGN KEY (property_id)
          REFERENCES properties (id) ON DELETE CASCADE,
        CONSTRAINT property_monthly_counts_kind_ck CHECK (kind IN ('move_out_reason', 'lead_source')),
        CONSTRAINT property_monthly_counts_month_ck CHECK (extract(day FROM month) = 1),
        CONSTRAINT property_monthly_counts_count_ck CHECK (count >= 0)
      )`);
    await queryRunner.query(`
      CREATE TABLE financial_lines (
        property_id uuid NOT NULL,
        month date NOT NULL,
        account text NOT NULL,
        category text NOT NULL,
        actual numeric(14,2) NOT NULL,
        budget numeric(14,2) NOT NULL,
        CONSTRAINT financial_lines_pkey PRIMARY KEY (property_id, month, account),
        CONSTRAINT financial_lines_property_fk FOREIGN KEY (property_id) REFERENCES properties (id) ON DELETE CASCADE,
        CONSTRAINT financial_lines_category_ck CHECK (category IN ('income', 'expense')),
        CONSTRAINT financial_lines_month_ck CHECK (extract(day FROM month) = 1)
      )`);
    await queryRunner.query(`
      CREATE TABLE reviews (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        property_id uuid NOT NULL,
        source text NOT NULL,
        external_id text NOT NULL,
        rating smallint NOT NULL,
        author text NOT NULL,
        body text NOT NULL,
        posted_at timestamptz NOT NULL,
        responded_at timestamptz,
        CONSTRAINT reviews_pkey PRIMARY KEY (id),
        CONSTRAINT reviews_property_source_external_uq UNIQUE (property_id, source, external_id),
        CONSTRAINT reviews_property_fk FOREIGN KEY (property_id) REFERENCES properties (id) ON DELETE CASCADE,
        CONSTRAINT reviews_source_ck CHECK (source IN ('google', 'apartments')),
        CONSTRAINT reviews_rating_ck CHECK (rating BETWEEN 1 AND 5)
      )`);
    await queryRunner.query(`CREATE INDEX reviews_property_posted_idx ON reviews (property_id, posted_at DESC)`);
    await queryRunner.query(`
      CREATE TABLE work_orders (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        property_id uuid NOT NULL,
        external_id text NOT NULL,
        unit_number text,
        category text NOT NULL,
        priority text NOT NULL,
        status text NOT NULL,
        opened_at timestamptz NOT NULL,
        closed_at timestamptz,
        CONSTRAINT work_orders_pkey PRIMARY KEY (id),
        CONSTRAINT work_orders_property_external_uq UNIQUE (property_id, external_id),
        CONSTRAINT work_orders_property_fk FOREIGN KEY (property_id) REFERENCES properties (id) ON DELETE CASCADE,
        CONSTRAINT work_orders_priority_ck CHECK (priority IN ('low', 'normal', 'high', 'emergency')),
        CONSTRAINT work_orders_status_ck CHECK (status IN ('open', 'in_progress', 'completed', 'cancelled')),
        CONSTRAINT work_orders_closed_ck CHECK (closed_at IS NULL OR closed_at >= opened_at)
      )`);
    await queryRunner.query(`CREATE INDEX work_orders_property_opened_idx ON work_orders (property_id, opened_at)`);
    await queryRunner.query(`
      CREATE TABLE evictions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        property_id uuid NOT NULL,
        case_number text NOT NULL,
        unit_number text NOT NULL,
        resident_name text NOT NULL,
        filed_on date NOT NULL,
        status text NOT NULL,
        balance numeric(12,2) NOT NULL,
        closed_on date,
        CONSTRAINT evictions_pkey PRIMARY KEY (id),
        CONSTRAINT evictions_property_case_uq UNIQUE (property_id, case_number),
        CONSTRAINT evictions_property_fk FOREIGN KEY (property_id) REFERENCES properties (id) ON DELETE CASCADE,
        CONSTRAINT evictions_status_ck CHECK (status IN ('filed', 'judgment', 'writ', 'completed', 'dismissed'))
      )`);
    await queryRunner.query(`CREATE INDEX evictions_property_filed_idx ON evictions (property_id, filed_on)`);
    await queryRunner.query(`
      CREATE TABLE former_residents (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        property_id uuid NOT NULL,
        unit_number text NOT NULL,
        resident_name text NOT NULL,
        moved_out_on date NOT NULL,
        balance numeric(12,2) NOT NULL,
        collection_status text NOT NULL,
        CONSTRAINT former_residents_pkey PRIMARY KEY (id),
        CONSTRAINT former_residents_property_unit_moved_uq UNIQUE (property_id, unit_number, moved_out_on),
        CONSTRAINT former_residents_property_fk FOREIGN KEY (property_id)
          REFERENCES properties (id) ON DELETE CASCADE,
        CONSTRAINT former_residents_collection_status_ck
          CHECK (collection_status IN ('in_house', 'agency', 'paid', 'written_off'))
      )`);
    await queryRunner.query(`
      CREATE TABLE market_comps (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        property_id uuid NOT NULL,
        name text NOT NULL,
        distance_miles numeric(5,2) NOT NULL,
        occupancy_pct numeric(5,2) NOT NULL,
        average_rent numeric(10,2) NOT NULL,
        CONSTRAINT market_comps_pkey PRIMARY KEY (id),
        CONSTRAINT market_comps_property_name_uq UNIQUE (property_id, name),
        CONSTRAINT market_comps_property_fk FOREIGN KEY (property_id) REFERENCES properties (id) ON DELETE CASCADE
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'market_comps',
      'former_residents',
      'evictions',
      'work_orders',
      'reviews',
      'financial_lines',
      'property_monthly_counts',
      'property_daily_metrics',
      'units',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    await queryRunner.query(`
      ALTER TABLE properties
        DROP CONSTRAINT properties_unit_count_ck,
        DROP COLUMN year_built,
        DROP COLUMN unit_count,
        DROP COLUMN state,
        DROP COLUMN city,
        DROP COLUMN address`);
  }
}
