import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../src/auth/password-hasher';
import { Organization } from '../src/organizations/organization.entity';
import { Property } from '../src/organizations/property.entity';
import { generatePortfolio, PortfolioRequest } from '../src/portfolio/demo-data/portfolio-generator';
import { DemoProperty } from '../src/portfolio/demo-data/portfolio-rows';
import { writePortfolio } from '../src/portfolio/demo-data/portfolio-writer';
import { connectDatabase } from '../src/portfolio/demo-data/scale/demo-data-database';
import { seedScaleOrganization } from '../src/portfolio/demo-data/scale/scale-organization';
import { User } from '../src/users/user.entity';
import { TEST_FIELD_CIPHER } from './support/field-keys';
import { startTestApp, TestApp } from './support/test-app';
import { isoDaysFromToday, TEST_NOW } from './support/test-clock';
import { createTestDatabase, TestDatabase } from './support/test-database';

/** A month's last day: 24 months of metrics then cover April 2024 to March 2026 exactly. */
const AS_OF = '2026-03-31';

const PORTFOLIO_TABLES = [
  'units',
  'property_daily_metrics',
  'property_monthly_counts',
  'financial_lines',
  'reviews',
  'work_orders',
  'evictions',
  'former_residents',
  'market_comps',
] as const;

function fixedProperties(count: number): DemoProperty[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
    name: `Test Property ${index + 1}`,
    slug: `test-property-${index + 1}`,
  }));
}

function digest(request: PortfolioRequest): string {
  const hash = createHash('sha256');
  for (const portfolio of generatePortfolio(request)) {
    hash.update(JSON.stringify(portfolio));
  }
  return hash.digest('hex');
}

/** Rows per portfolio table for the organization's properties. */
async function countsOf(dataSource: DataSource, organizationId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of PORTFOLIO_TABLES) {
    const [row] = await dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM ${table} t JOIN properties p ON p.id = t.property_id
        WHERE p.organization_id = $1`,
      [organizationId],
    );
    counts[table] = row?.count ?? 0;
  }
  return counts;
}

describe('the demo-data generator', () => {
  const properties = fixedProperties(4);

  it('gives byte-identical rows for the same seed and asOf, and other rows for another seed or day', () => {
    const request = { seed: 'same', asOf: AS_OF, properties };
    const first = digest(request);
    expect(digest(request)).toBe(first);
    expect(digest({ ...request, seed: 'other' })).not.toBe(first);
    expect(digest({ ...request, asOf: '2026-03-30' })).not.toBe(first);
  });

  it('gives a property the same rows whatever the other properties', () => {
    const [alone] = generatePortfolio({ seed: 'same', asOf: AS_OF, properties: properties.slice(2, 3) });
    const together = [...generatePortfolio({ seed: 'same', asOf: AS_OF, properties })][2];
    expect(JSON.stringify(together)).toBe(JSON.stringify(alone));
  });
});

describe('demo data written to the database', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let organizationId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await connectDatabase(database.url);
    const organization = await dataSource
      .getRepository(Organization)
      .save({ name: 'Generated', slug: 'generated' } as Organization);
    organizationId = organization.id;
    const inserted = fixedProperties(12).map(({ name, slug }) => ({ organizationId, name, slug }));
    await dataSource.getRepository(Property).insert(inserted);
    const properties = await dataSource.getRepository(Property).findBy({ organizationId });
    await writePortfolio(
      dataSource.manager,
      generatePortfolio({ seed: 'spec', asOf: AS_OF, properties }),
      TEST_FIELD_CIPHER,
    );
  }, 60_000);

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('gives every property 80–400 units, its details, and a unit_count equal to its units', async () => {
    const rows = await dataSource.query<
      { unit_count: number; units: number; city: string | null; state: string | null; year_built: number | null }[]
    >(
      `SELECT p.unit_count, p.city, p.state, p.year_built, (SELECT count(*)::int FROM units u WHERE u.property_id = p.id) AS units
         FROM properties p WHERE p.organization_id = $1`,
      [organizationId],
    );
    expect(rows).toHaveLength(12);
    for (const row of rows) {
      expect(row.units).toBe(row.unit_count);
      expect(row.units).toBeGreaterThanOrEqual(80);
      expect(row.units).toBeLessThanOrEqual(400);
      expect(row.state).toMatch(/^[A-Z]{2}$/);
      expect(row.city).toBeTruthy();
      expect(row.year_built).toBeGreaterThan(1900);
    }
  });

  it('keeps 93–96 % of the units occupied and 8–12 % of the residents behind on rent, with an aging spread', async () => {
    const rows = await dataSource.query<{ occupied: number; in_arrears: number; behind_far: number }[]>(
      `SELECT count(*) FILTER (WHERE status = 'occupied')::float8 / count(*) AS occupied,
              count(*) FILTER (WHERE balance > 0)::float8
                / count(*) FILTER (WHERE status IN ('occupied', 'notice')) AS in_arrears,
              count(*) FILTER (WHERE days_past_due > 60)::int AS behind_far
         FROM units GROUP BY property_id`,
    );
    for (const row of rows) {
      expect(row.occupied).toBeGreaterThanOrEqual(0.93);
      expect(row.occupied).toBeLessThanOrEqual(0.96);
      expect(row.in_arrears).toBeGreaterThanOrEqual(0.08);
      expect(row.in_arrears).toBeLessThanOrEqual(0.12);
    }
    const buckets = await dataSource.query<{ bucket: string }[]>(
      `SELECT DISTINCT CASE WHEN days_past_due <= 30 THEN '0-30' WHEN days_past_due <= 60 THEN '31-60'
                            WHEN days_past_due <= 90 THEN '61-90' ELSE '90+' END AS bucket
         FROM units WHERE balance > 0 ORDER BY bucket`,
    );
    expect(buckets.map((row) => row.bucket)).toEqual(['0-30', '31-60', '61-90', '90+']);
    const statuses = await dataSource.query<{ status: string }[]>(`SELECT DISTINCT status FROM units ORDER BY status`);
    expect(statuses.map((row) => row.status)).toEqual(['down', 'model', 'notice', 'occupied', 'vacant']);
  });

  it('gives residents and incoming residents, and only them, leases, rents and contacts that reach nobody', async () => {
    const [row] = await dataSource.query<Record<string, number>[]>(
      `SELECT count(*) FILTER (WHERE (status IN ('occupied', 'notice') OR (status = 'vacant' AND lease_start IS NOT NULL))
                                  <> (current_rent IS NOT NULL AND lease_end IS NOT NULL AND resident_name IS NOT NULL))::int AS mismatched,
              count(*) FILTER (WHERE status IN ('occupied', 'notice')
                                 AND (lease_start > CAST($1 AS date) OR lease_end <= CAST($1 AS date)))::int AS misdated,
              count(*) FILTER (WHERE status = 'vacant' AND lease_start IS NOT NULL
                                 AND (lease_start <= CAST($1 AS date) OR lease_start > CAST($1 AS date) + 30
                                      OR balance > 0 OR churn_risk IS NOT NULL OR renewal_status IS NOT NULL))::int
                AS odd_incoming,
              count(*) FILTER (WHERE status = 'vacant' AND lease_start IS NOT NULL)::float8
                / count(*) FILTER (WHERE status = 'vacant') AS pre_leased_share,
              count(*) FILTER (WHERE (lease_end <= CAST($1 AS date) + 90) <> (renewal_status IS NOT NULL))::int AS renewal_mismatch,
              avg((previous_rent IS NOT NULL)::int) FILTER (WHERE current_rent IS NOT NULL)::float8 AS with_previous_rent
         FROM units`,
      [AS_OF],
    );
    expect(row).toMatchObject({
      mismatched: 0,
      misdated: 0,
      odd_incoming: 0,
      renewal_mismatch: 0,
    });
    // Some vacant units are leased ahead, moving in within a month; most wait for a resident.
    expect(row?.['pre_leased_share']).toBeGreaterThan(0.05);
    expect(row?.['pre_leased_share']).toBeLessThan(0.75);
    expect(row?.['with_previous_rent']).toBeGreaterThan(0.4);
    expect(row?.['with_previous_rent']).toBeLessThan(0.8);
    const contacts = await dataSource.query<{ resident_email: string; resident_phone: string }[]>(
      `SELECT resident_email, resident_phone FROM units WHERE resident_email IS NOT NULL`,
    );
    expect(contacts.length).toBeGreaterThan(0);
    const emails = contacts.map((unit) => TEST_FIELD_CIPHER.decrypt('units.resident_email', unit.resident_email));
    const phones = contacts.map((unit) => TEST_FIELD_CIPHER.decrypt('units.resident_phone', unit.resident_phone));
    expect(emails.filter((email) => !email.endsWith('@example.com'))).toEqual([]);
    expect(phones.filter((phone) => !/^\(\d{3}\) 555-01\d{2}$/.test(phone))).toEqual([]);
  });

  it('ends about 8 % of the leases in each of the next 12 months', async () => {
    const months = await dataSource.query<{ share: number }[]>(
      `SELECT count(*)::float8 / (SELECT count(*) FROM units) AS share
         FROM units WHERE status IN ('occupied', 'notice')
        GROUP BY date_trunc('month', lease_end) ORDER BY date_trunc('month', lease_end)`,
    );
    expect(months).toHaveLength(12);
    for (const month of months) {
      expect(month.share).toBeGreaterThan(0.05);
      expect(month.share).toBeLessThan(0.11);
    }
  });

  it('scores the risk of residents behind on rent higher, and of those on notice near certain to leave', async () => {
    const [row] = await dataSource.query<Record<string, number>[]>(
      `SELECT avg(delinquency_risk) FILTER (WHERE balance > 0)::float8 AS risk_in_arrears,
              avg(delinquency_risk) FILTER (WHERE balance = 0 AND current_rent IS NOT NULL)::float8 AS risk_paid_up,
              min(churn_risk) FILTER (WHERE status = 'notice')::float8 AS churn_on_notice,
              avg(churn_risk) FILTER (WHERE renewal_status = 'renewed')::float8 AS churn_renewed
         FROM units`,
    );
    expect(row?.['risk_in_arrears']).toBeGreaterThan((row?.['risk_paid_up'] ?? 1) + 0.3);
    expect(row?.['churn_on_notice']).toBeGreaterThan(0.8);
    expect(row?.['churn_renewed']).toBeLessThan(0.2);
  });

  it('ends 24 months of daily metrics on asOf with the vacant, notice and available units of today', async () => {
    const rows = await dataSource.query<
      {
        first_day: string;
        last_day: string;
        days: number;
        vacant: number;
        notice: number;
        available_to_rent: number;
        occupancy_pct: number;
        vacant_units: number;
        notice_units: number;
        available_units: number;
        occupied_pct: number;
      }[]
    >(
      `SELECT m.first_day, m.last_day, m.days, d.vacant, d.notice, d.available_to_rent,
              d.occupancy_pct::float8 AS occupancy_pct, u.vacant_units, u.notice_units, u.available_units, u.occupied_pct
         FROM (SELECT property_id, min(metric_date)::text AS first_day, max(metric_date)::text AS last_day,
                      count(*)::int AS days
                 FROM property_daily_metrics GROUP BY property_id) m
         JOIN property_daily_metrics d ON d.property_id = m.property_id AND d.metric_date = CAST(m.last_day AS date)
         JOIN (SELECT property_id, count(*) FILTER (WHERE status = 'vacant')::int AS vacant_units,
                      count(*) FILTER (WHERE status = 'notice')::int AS notice_units,
                      count(*) FILTER (WHERE status = 'notice' OR (status = 'vacant' AND lease_start IS NULL))::int
                        AS available_units,
                      round(count(*) FILTER (WHERE status IN ('occupied', 'notice')) * 100.0 / count(*), 2)::float8
                        AS occupied_pct
                 FROM units GROUP BY property_id) u ON u.property_id = m.property_id`,
    );
    expect(rows).toHaveLength(12);
    for (const row of rows) {
      expect(row).toMatchObject({ first_day: '2024-04-01', last_day: AS_OF, days: 730 });
      expect(row.vacant).toBe(row.vacant_units);
      expect(row.notice).toBe(row.notice_units);
      expect(row.available_to_rent).toBe(row.available_units);
      expect(row.occupancy_pct).toBe(row.occupied_pct);
    }
  });

  it('peaks leasing in summer and dips it in winter', async () => {
    const [row] = await dataSource.query<{ july: number; january: number }[]>(
      `SELECT sum(leads) FILTER (WHERE extract(month FROM metric_date) = 7)::int AS july,
              sum(leads) FILTER (WHERE extract(month FROM metric_date) = 1)::int AS january
         FROM property_daily_metrics`,
    );
    expect(row?.july).toBeGreaterThan((row?.january ?? 0) * 1.4);
  });

  it('sums the monthly counts to the daily move-outs and leads', async () => {
    const mismatches = await dataSource.query<unknown[]>(
      `SELECT c.property_id, c.month
         FROM (SELECT property_id, month, sum(count) FILTER (WHERE kind = 'move_out_reason') AS move_outs,
                      sum(count) FILTER (WHERE kind = 'lead_source') AS leads
                 FROM property_monthly_counts GROUP BY property_id, month) c
         JOIN (SELECT property_id, date_trunc('month', metric_date)::date AS month, sum(move_outs) AS move_outs,
                      sum(leads) AS leads
                 FROM property_daily_metrics GROUP BY 1, 2) d ON d.property_id = c.property_id AND d.month = c.month
        WHERE c.move_outs IS DISTINCT FROM nullif(d.move_outs, 0) OR c.leads IS DISTINCT FROM nullif(d.leads, 0)`,
    );
    expect(mismatches).toEqual([]);
    const [months] = await dataSource.query<{ months: number }[]>(
      `SELECT count(DISTINCT month)::int AS months FROM property_monthly_counts`,
    );
    expect(months?.months).toBe(24);
  });

  it('keeps actuals within a few percent of budget and answers about 70 % of the reviews', async () => {
    const [finance] = await dataSource.query<{ worst: number; accounts: number; months: number }[]>(
      `SELECT max(abs(actual / nullif(budget, 0) - 1))::float8 AS worst, count(DISTINCT account)::int AS accounts,
              count(DISTINCT month)::int AS months
         FROM financial_lines`,
    );
    expect(finance?.worst).toBeLessThanOrEqual(0.06);
    expect(finance).toMatchObject({ accounts: 13, months: 24 });
    const [reviews] = await dataSource.query<{ responded: number; three_to_five: number }[]>(
      `SELECT avg((responded_at IS NOT NULL)::int)::float8 AS responded,
              avg((rating >= 3)::int)::float8 AS three_to_five
         FROM reviews`,
    );
    expect(reviews?.responded).toBeGreaterThan(0.6);
    expect(reviews?.responded).toBeLessThan(0.8);
    expect(reviews?.three_to_five).toBeGreaterThan(0.7);
  });

  it('fills every portfolio table, with 4–6 market comps a property', async () => {
    const counts = await countsOf(dataSource, organizationId);
    expect(PORTFOLIO_TABLES.filter((table) => !counts[table])).toEqual([]);
    const comps = await dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM market_comps GROUP BY property_id`,
    );
    expect(comps.every((row) => row.count >= 4 && row.count <= 6)).toBe(true);
  });

  it('creates "Scale N" with N properties and its admin, and replaces it when run again', async () => {
    const options = {
      scale: 2,
      seed: 'scale-spec',
      asOf: AS_OF,
      password: 'scale admin password',
      cipher: TEST_FIELD_CIPHER,
    };
    const first = await seedScaleOrganization(dataSource, options);
    const before = await countsOf(dataSource, first.organizationId);
    const second = await seedScaleOrganization(dataSource, options);

    expect(second.organizationId).not.toBe(first.organizationId);
    expect(await dataSource.getRepository(Organization).countBy({ slug: 'scale-2' })).toBe(1);
    const organization = await dataSource.getRepository(Organization).findOneByOrFail({ slug: 'scale-2' });
    expect(organization.name).toBe('Scale 2');
    expect(await dataSource.getRepository(Property).countBy({ organizationId: organization.id })).toBe(2);
    expect(await countsOf(dataSource, organization.id)).toEqual(before);
    expect(second.counts.properties).toBe(2);
    const admin = await dataSource.getRepository(User).findOneByOrFail({ organizationId: organization.id });
    expect(admin).toMatchObject({ email: 'admin@scale-2.example', role: 'admin' });
    expect(await new PasswordHasher().verify(admin.passwordHash, options.password)).toBe(true);
  });

  it('leaves the planner knowing how many rows the tables it filled hold', async () => {
    await seedScaleOrganization(dataSource, {
      scale: 3,
      seed: 'scale-stats',
      asOf: AS_OF,
      password: 'scale admin password',
      cipher: TEST_FIELD_CIPHER,
    });
    const tables = await dataSource.query<{ relname: string; estimated: number; counted: number }[]>(
      `SELECT relname, reltuples::int AS estimated,
              CASE relname WHEN 'units' THEN (SELECT count(*) FROM units)
                           ELSE (SELECT count(*) FROM property_daily_metrics) END::int AS counted
         FROM pg_class WHERE relname IN ('units', 'property_daily_metrics') ORDER BY relname`,
    );
    expect(tables.map(({ relname, estimated }) => ({ relname, estimated }))).toEqual(
      tables.map(({ relname, counted }) => ({ relname, estimated: counted })),
    );
  });
});

describe('demo portfolios on first start', () => {
  let database: TestDatabase;
  let testApp: TestApp | undefined;

  beforeAll(async () => {
    database = await createTestDatabase();
    testApp = await startTestApp({ database, config: { demoPortfolio: true }, now: TEST_NOW });
  }, 120_000);

  afterAll(async () => {
    await testApp?.close();
    await database.drop();
  });

  const organizationIds = async (dataSource: DataSource) =>
    (await dataSource.getRepository(Organization).find({ order: { slug: 'ASC' } })).map(
      (organization) => organization.id,
    );

  it('fills the portfolios of PHH and Kairoi with 24 months of data up to yesterday', async () => {
    const dataSource = testApp?.dataSource as DataSource;
    for (const slug of ['phh', 'kairoi']) {
      const organization = await dataSource.getRepository(Organization).findOneByOrFail({ slug });
      const counts = await countsOf(dataSource, organization.id);
      expect({ slug, empty: PORTFOLIO_TABLES.filter((table) => !counts[table]) }).toEqual({ slug, empty: [] });
      const [metrics] = await dataSource.query<{ first_day: string; last_day: string; months: number }[]>(
        `SELECT min(metric_date)::text AS first_day, max(metric_date)::text AS last_day,
                count(DISTINCT date_trunc('month', metric_date))::int AS months
           FROM property_daily_metrics m JOIN properties p ON p.id = m.property_id
          WHERE p.organization_id = $1`,
        [organization.id],
      );
      expect(metrics?.last_day).toBe(isoDaysFromToday(-1));
      expect(metrics?.months).toBeGreaterThanOrEqual(24);
      const [unfilled] = await dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM properties WHERE organization_id = $1 AND unit_count = 0`,
        [organization.id],
      );
      expect(unfilled?.count).toBe(0);
    }
  });

  it('does not fill them again on a restart', async () => {
    const before = testApp as TestApp;
    const ids = await organizationIds(before.dataSource);
    const counts = await Promise.all(ids.map((id) => countsOf(before.dataSource, id)));
    await before.close();
    testApp = undefined;

    testApp = await startTestApp({ database, config: { demoPortfolio: true }, now: TEST_NOW });
    expect(await organizationIds(testApp.dataSource)).toEqual(ids);
    expect(await Promise.all(ids.map((id) => countsOf((testApp as TestApp).dataSource, id)))).toEqual(counts);
  }, 120_000);
});
