import request from 'supertest';
import { DataSource } from 'typeorm';
import { Organization } from '../src/organizations/organization.entity';
import { Property } from '../src/organizations/property.entity';
import { ENCRYPTED_COLUMNS } from '../src/portfolio/data/encrypted-columns';
import { generatePortfolio } from '../src/portfolio/demo-data/portfolio-generator';
import { yesterdayUtc } from '../src/portfolio/demo-data/utc-days';
import { ArRow, arTable } from './support/ar-table';
import { TEST_FIELD_CIPHER } from './support/field-keys';
import { bearer, SignedIn, signIn } from './support/sessions';
import { PHH_ADMIN, startTestApp, TestApp } from './support/test-app';
import { TEST_NOW } from './support/test-clock';
import { createTestDatabase, TestDatabase } from './support/test-database';

const TABLES = Object.entries(ENCRYPTED_COLUMNS) as [string, readonly string[]][];

/** Every name, email and phone the demo seed gives the residents of both organizations (it is deterministic). */
async function demoPersonalData(dataSource: DataSource): Promise<string[]> {
  const values = new Set<string>();
  for (const organization of await dataSource.getRepository(Organization).find()) {
    const properties = await dataSource.getRepository(Property).findBy({ organizationId: organization.id });
    const asOf = yesterdayUtc(TEST_NOW);
    for (const portfolio of generatePortfolio({ seed: organization.slug, asOf, properties })) {
      for (const unit of portfolio.units) {
        [unit.residentName, unit.residentEmail, unit.residentPhone].forEach((value) => value && values.add(value));
      }
      portfolio.evictions.forEach((eviction) => values.add(eviction.residentName));
      portfolio.formerResidents.forEach((resident) => values.add(resident.residentName));
    }
  }
  return [...values];
}

const opened = (column: string, stored: string | null | undefined) =>
  stored ? TEST_FIELD_CIPHER.decrypt(column, stored) : null;

describe('personal data encrypted at rest', () => {
  let database: TestDatabase;
  let testApp: TestApp;
  let admin: SignedIn;

  beforeAll(async () => {
    database = await createTestDatabase();
    testApp = await startTestApp({ database, config: { demoPortfolio: true }, now: TEST_NOW, captureLogs: true });
    admin = await signIn(testApp, PHH_ADMIN);
  }, 120_000);

  afterAll(async () => {
    await testApp.close();
    await database.drop();
  });

  it('stores none of the demo residents’ names, emails and phones in plaintext, in any text column', async () => {
    const personal = await demoPersonalData(testApp.dataSource);
    expect(personal.length).toBeGreaterThan(1000);
    const columns = await testApp.dataSource.query<{ table_name: string; column_name: string }[]>(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb')`,
    );
    const found: string[] = [];
    for (const { table_name: table, column_name: column } of columns) {
      const [row] = await testApp.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM ${table} WHERE "${column}"::text = ANY($1)`,
        [personal],
      );
      if (row?.count) {
        found.push(`${table}.${column}: ${row.count}`);
      }
    }
    expect(found).toEqual([]);
    // Nor inside a longer value: the rows of the portfolio tables as text, searched for a sample of the names.
    const sample = personal.filter((_, index) => index % 20 === 0).map((value) => `%${value}%`);
    for (const [table] of TABLES) {
      const [row] = await testApp.dataSource.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM ${table} t WHERE t::text LIKE ANY($1)`,
        [sample],
      );
      expect({ table, rows: row?.count }).toEqual({ table, rows: 0 });
    }
  });

  it('holds only v1 ciphertexts in every listed column, and the database refuses anything else there', async () => {
    for (const [table, columns] of TABLES) {
      for (const column of columns) {
        const [row] = await testApp.dataSource.query<{ type: string; filled: number; other: number }[]>(
          `SELECT (SELECT data_type FROM information_schema.columns
                    WHERE table_schema = 'public' AND table_name = $1 AND column_name = $2) AS type,
                  count(${column})::int AS filled,
                  count(*) FILTER (WHERE ${column} NOT LIKE 'v1:test1:%')::int AS other
             FROM ${table}`,
          [table, column],
        );
        expect({ column: `${table}.${column}`, type: row?.type, other: row?.other }).toEqual({
          column: `${table}.${column}`,
          type: 'text',
          other: 0,
        });
        expect(row?.filled).toBeGreaterThan(0);
      }
    }
    const checks = await testApp.dataSource.query<{ name: string }[]>(
      `SELECT conname AS name FROM pg_constraint WHERE contype = 'c' AND conname LIKE '%\\_sealed\\_ck' ORDER BY conname`,
    );
    expect(checks.map((check) => check.name)).toEqual(
      TABLES.flatMap(([table, columns]) => columns.map((column) => `${table}_${column}_sealed_ck`)).sort(),
    );
    await expect(
      testApp.dataSource.query(`UPDATE units SET resident_name = 'Plain Name' WHERE resident_name IS NOT NULL`),
    ).rejects.toThrow(/units_resident_name_sealed_ck/);
  });

  it('gives authorized readers the plaintext in the AR table, the renewal drill-through and the evictions', async () => {
    const personal = new Set(await demoPersonalData(testApp.dataSource));
    const rows = await arTable(testApp, admin);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const [stored] = await testApp.dataSource.query<
        { resident_name: string | null; resident_email: string | null }[]
      >('SELECT resident_name, resident_email FROM units WHERE id = $1', [row.unitId]);
      expect(row.personalDataUnavailable).toBe(false);
      expect(row.residentName).toBe(opened('units.resident_name', stored?.resident_name));
      expect(row.residentEmail).toBe(opened('units.resident_email', stored?.resident_email));
    }
    expect(rows.filter((row) => row.residentName !== null && !personal.has(row.residentName))).toEqual([]);

    const renewals = await request(testApp.server)
      .get('/api/portfolio/renewals/drillthrough?pageSize=100')
      .set(bearer(admin))
      .expect(200);
    const named = renewals.body.items.filter((row: ArRow) => row.residentName !== null);
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((row: ArRow) => personal.has(row.residentName ?? '') && !row.personalDataUnavailable)).toBe(
      true,
    );

    const evictions = await request(testApp.server)
      .get('/api/portfolio/delinquency/evictions?pageSize=100')
      .set(bearer(admin))
      .expect(200);
    expect(evictions.body.items.length).toBeGreaterThan(0);
    for (const row of evictions.body.items) {
      expect(personal.has(row.residentName)).toBe(true);
      expect(row.personalDataUnavailable).toBe(false);
    }
  });

  it('no longer sorts by resident name: the database cannot order ciphertexts', async () => {
    for (const path of ['delinquency/ar-table?sort=residentName', 'renewals/drillthrough?sort=-residentName']) {
      const response = await request(testApp.server).get(`/api/portfolio/${path}`).set(bearer(admin)).expect(400);
      expect(response.body.message).toMatch(/sort must be one of/);
    }
  });

  it('answers a value copied from another column, or under a key not in the ring, as unavailable and logs why', async () => {
    const [copied, unknownKey, untouched] = await arTable(testApp, admin, 'pageSize=3&sort=-balance');
    await testApp.dataSource.query('UPDATE units SET resident_name = resident_email WHERE id = $1', [copied?.unitId]);
    await testApp.dataSource.query(
      `UPDATE units SET resident_phone = 'v1:retired:' || split_part(resident_phone, ':', 3) || ':' || split_part(resident_phone, ':', 4)
        WHERE id = $1`,
      [unknownKey?.unitId],
    );
    const after = await arTable(testApp, admin, 'pageSize=3&sort=-balance');
    expect(after[0]).toEqual({ ...copied, residentName: null, personalDataUnavailable: true });
    expect(after[1]).toEqual({ ...unknownKey, residentPhone: null, personalDataUnavailable: true });
    expect(after[2]).toEqual(untouched);
    const logs = testApp.logs.join('');
    expect(logs).toContain('units.resident_name: the authentication tag does not match');
    expect(logs).toContain('units.resident_phone: the key id \\"retired\\" is not in FIELD_ENCRYPTION_KEYS');
    for (const value of [copied?.residentName, copied?.residentEmail, unknownKey?.residentPhone]) {
      expect(logs).not.toContain(value);
    }
  });
});
