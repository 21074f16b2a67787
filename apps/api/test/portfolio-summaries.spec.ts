import request from 'supertest';
import { QueryRunner } from 'typeorm';
import { Property } from '../src/organizations/property.entity';
import { insertMetrics, insertUnits, propertiesOf } from './support/portfolio-fixtures';
import { bearer } from './support/sessions';
import { startViewSpec, ViewSpec } from './support/view-spec';

const UNITS_HEADER =
  'property_slug,unit_number,floorplan,bedrooms,bathrooms,square_feet,market_rent,current_rent,previous_rent,status,lease_start,lease_end,renewal_status,resident_name,resident_email,resident_phone,balance,days_past_due,churn_risk,delinquency_risk';
const METRICS_HEADER =
  'property_slug,date,occupancy_pct,leased_pct,vacant,notice,available_to_rent,leads,tours,applications,leases_signed,renewals_offered,renewals_signed,move_outs';

function unitLine(slug: string, unitNumber: string, balance: string): string {
  return `${slug},${unitNumber},A1,1,1,700,1500.00,1500.00,,occupied,,,,Resident ${unitNumber},,,${balance},${balance === '0' ? 0 : 20},,`;
}

/** A day of metrics whose leased percentage equals its occupancy, with no leasing activity. */
function metricLine(
  slug: string,
  date: string,
  occupancy: string,
  vacant: number,
  notice: number,
  atr: number,
): string {
  return `${slug},${date},${occupancy},${occupancy},${vacant},${notice},${atr},0,0,0,0,0,0,0`;
}

/**
 * The per-property summaries behind the AR table's totals and the KPI tiles are kept by the
 * database in the transaction of every write; these prove that the views answer from them exactly
 * what the rows they summarize say, after imports and other writes, for every scope.
 */
describe('portfolio summaries', () => {
  let spec: ViewSpec;
  let mapleCourt: Property;

  const importCsv = (dataset: string, header: string, lines: readonly string[]) =>
    request(spec.testApp.server)
      .post(`/api/admin/import/${dataset}`)
      .set(bearer(spec.admin))
      .set('Content-Type', 'text/csv')
      .send(`${[header, ...lines].join('\n')}\n`)
      .expect(200);
  const arTotals = async (session = spec.admin, query = '') => {
    const { body } = await spec.get(session, `delinquency/ar-table${query}`).expect(200);
    return { total: body.total, totalBalance: body.totalBalance };
  };
  const kpis = async (session = spec.admin, query = '') =>
    (await spec.get(session, `overview/kpi-tiles${query}`).expect(200)).body;
  /** Properties whose summary row differs from a count of their units made now. */
  const receivablesOffCount = async () =>
    spec.testApp.dataSource.query(`
      SELECT p.name FROM properties p
        LEFT JOIN property_receivables r ON r.property_id = p.id
        LEFT JOIN LATERAL (
          SELECT count(*)::int AS units, coalesce(sum(balance), 0) AS balance
            FROM units WHERE property_id = p.id AND balance > 0) u ON true
       WHERE (coalesce(r.units_owing, 0), coalesce(r.balance_owed, 0)) <> (u.units, u.balance)`);

  beforeAll(async () => {
    spec = await startViewSpec();
    mapleCourt = (await propertiesOf(spec.testApp.dataSource, 'phh'))['Maple Court'] as Property;
  });

  afterAll(() => spec.testApp.close());

  describe('the AR table’s totals', () => {
    beforeAll(async () => {
      await insertUnits(spec.testApp.dataSource, spec.parkside, [
        { unitNumber: '101', status: 'occupied', balance: 1200, daysPastDue: 45 },
        { unitNumber: '102', status: 'occupied' },
      ]);
      await insertUnits(spec.testApp.dataSource, spec.harborView, [
        { unitNumber: 'H1', status: 'occupied', balance: 5000, daysPastDue: 95 },
      ]);
    });

    it('follow a units import that adds, pays off and changes balances, for the admin and a scoped user', async () => {
      expect(await arTotals()).toEqual({ total: 2, totalBalance: 6200 });
      await importCsv('units', UNITS_HEADER, [
        unitLine('parkside', '101', '0'),
        unitLine('parkside', '102', '250.75'),
        unitLine('harbor-view', 'H2', '99.25'),
        unitLine('maple-court', 'M1', '10.00'),
      ]);

      // 102 (250.75) + H1 (5000) + H2 (99.25) + M1 (10); Parkside's 101 is paid off.
      expect(await arTotals()).toEqual({ total: 4, totalBalance: 5360 });
      expect(await arTotals(spec.parksideUser)).toEqual({ total: 1, totalBalance: 250.75 });
      expect(await arTotals(spec.admin, `?propertyIds=${spec.harborView.id},${mapleCourt.id}`)).toEqual({
        total: 3,
        totalBalance: 5109.25,
      });
      const { body } = await spec.get(spec.admin, 'delinquency/ar-table').expect(200);
      expect(body.items.map((row: { unitNumber: string }) => row.unitNumber)).toEqual(['H1', '102', 'H2', 'M1']);
      expect(await receivablesOffCount()).toEqual([]);
    });

    it('follow units updated and deleted by any statement, and stay as they were when a write rolls back', async () => {
      await spec.testApp.dataSource.query(`UPDATE units SET balance = 49.25 WHERE unit_number = 'H2'`);
      await spec.testApp.dataSource.query(`DELETE FROM units WHERE unit_number = 'H1'`);
      // 102 (250.75) + H2 (49.25) + M1 (10)
      expect(await arTotals()).toEqual({ total: 3, totalBalance: 310 });

      await expect(
        spec.testApp.dataSource.transaction(async (manager) => {
          await manager.query(`UPDATE units SET balance = balance + 1000`);
          throw new Error('the write fails after the units changed');
        }),
      ).rejects.toThrow('the write fails');
      expect(await arTotals()).toEqual({ total: 3, totalBalance: 310 });
      expect(await receivablesOffCount()).toEqual([]);
    });
  });

  describe('the KPI tiles', () => {
    const ADMIN_AFTER_IMPORT = {
      asOf: '2026-11-30',
      properties: 2,
      units: 150,
      // (95 × 100 + 84 × 50) / 150 units; changes against 2026-10-31: (3 × 100 + 4 × 50) / 150.
      occupancyPct: { value: 91.3, change30d: 3.3 },
      leasedPct: { value: 91.3, change30d: 3.3 },
      // 13 vacant of 150; Parkside 5 % against 8 %, Harbor View 16 % against 20 %: (−3 × 100 − 4 × 50) / 150.
      vacancyPct: { value: 8.7, change30d: -3.3 },
      vacantUnits: { value: 13, change30d: -5 },
      noticeUnits: { value: 4, change30d: 4 },
      availableToRent: { value: 13, change30d: -5 },
    };

    beforeAll(async () => {
      const { dataSource } = spec.testApp;
      await dataSource.query(`UPDATE properties SET unit_count = 100 WHERE id = $1`, [spec.parkside.id]);
      await dataSource.query(`UPDATE properties SET unit_count = 50 WHERE id = $1`, [spec.harborView.id]);
      await insertMetrics(dataSource, spec.parkside, [
        { metricDate: '2026-10-01', occupancyPct: 90, vacant: 10 },
        { metricDate: '2026-10-31', occupancyPct: 92, vacant: 8 },
      ]);
      await insertMetrics(dataSource, spec.harborView, [{ metricDate: '2026-10-31', occupancyPct: 80, vacant: 10 }]);
    });

    it('follow a metrics import of a newer day, for the admin and a scoped user, as the daily rows say', async () => {
      expect(await kpis()).toMatchObject({ asOf: '2026-10-31', occupancyPct: { value: 88, change30d: 2 } });
      await importCsv('metrics', METRICS_HEADER, [
        metricLine('parkside', '2026-11-30', '95.00', 5, 3, 5),
        metricLine('harbor-view', '2026-11-30', '84.00', 8, 1, 8),
      ]);

      expect(await kpis()).toEqual(ADMIN_AFTER_IMPORT);
      expect(await kpis(spec.parksideUser)).toEqual({
        asOf: '2026-11-30',
        properties: 1,
        units: 100,
        occupancyPct: { value: 95, change30d: 3 },
        leasedPct: { value: 95, change30d: 3 },
        vacancyPct: { value: 5, change30d: -3 },
        vacantUnits: { value: 5, change30d: -3 },
        noticeUnits: { value: 3, change30d: 3 },
        availableToRent: { value: 5, change30d: -3 },
      });
      // The same day asked for by date is computed from the daily rows, not the summary.
      expect(await kpis(spec.admin, '?asOf=2026-11-30')).toEqual(ADMIN_AFTER_IMPORT);
    });

    it('are left as they were by an import of old history, which cannot change them', async () => {
      const rowVersions = () =>
        spec.testApp.dataSource.query(`SELECT property_id, xmin::text FROM property_latest_metrics ORDER BY 1`);
      const before = await rowVersions();
      await importCsv('metrics', METRICS_HEADER, [
        metricLine('parkside', '2025-01-01', '50.00', 50, 0, 50),
        metricLine('harbor-view', '2026-09-30', '50.00', 25, 0, 25),
      ]);
      expect(await kpis()).toEqual(ADMIN_AFTER_IMPORT);
      expect(await rowVersions()).toEqual(before);
    });

    it('follow a latest day rewritten or deleted, and a property left without metrics', async () => {
      await importCsv('metrics', METRICS_HEADER, [metricLine('parkside', '2026-11-30', '96.00', 4, 3, 4)]);
      // (96 × 100 + 84 × 50) / 150 and (4 × 100 + 4 × 50) / 150
      expect(await kpis()).toMatchObject({ occupancyPct: { value: 92, change30d: 4 }, vacantUnits: { value: 12 } });

      await spec.testApp.dataSource.query(
        `DELETE FROM property_daily_metrics WHERE property_id = $1 AND metric_date = '2026-11-30'`,
        [spec.harborView.id],
      );
      // Harbor View is back on 2026-10-31 (80 %, 10 vacant) with no day 30 before it.
      const fallenBack = await kpis();
      expect(fallenBack).toMatchObject({
        asOf: '2026-11-30',
        properties: 2,
        occupancyPct: { value: 90.7, change30d: 4 },
        vacantUnits: { value: 14, change30d: -4 },
      });
      expect(await kpis(spec.admin, '?asOf=2026-11-30')).toEqual(fallenBack);

      await spec.testApp.dataSource.query(`DELETE FROM property_daily_metrics WHERE property_id = $1`, [
        spec.harborView.id,
      ]);
      expect(await kpis()).toMatchObject({ properties: 1, units: 100, occupancyPct: { value: 96, change30d: 4 } });
    });

    it('count every write of two transactions writing one property at once', async () => {
      const { dataSource } = spec.testApp;
      const first = dataSource.createQueryRunner();
      const second = dataSource.createQueryRunner();
      try {
        await first.startTransaction();
        await second.startTransaction();
        await first.query(
          `INSERT INTO property_daily_metrics
             SELECT property_id, DATE '2026-12-05', 97, 97, 3, 0, 3, 0, 0, 0, 0, 0, 0, 0
               FROM property_daily_metrics WHERE property_id = $1 AND metric_date = '2026-11-30'`,
          [spec.parkside.id],
        );
        // The second writes an earlier new day while the first, holding the newest, has not committed:
        // its refresh waits for the first, then counts the first's day too.
        const secondPid = await backendPid(second);
        let secondDone = false;
        const secondWrite = second.query(
          `INSERT INTO property_daily_metrics
             SELECT property_id, DATE '2026-12-01', 93, 93, 7, 0, 7, 0, 0, 0, 0, 0, 0, 0
               FROM property_daily_metrics WHERE property_id = $1 AND metric_date = '2026-11-30'`,
          [spec.parkside.id],
        );
        void secondWrite.finally(() => (secondDone = true));
        await waitUntilBlocked(first, secondPid, () => secondDone);
        await first.commitTransaction();
        await secondWrite;
        await second.commitTransaction();
      } finally {
        await first.release();
        await second.release();
      }
      // 2026-12-05 is the latest; 30 days before it, 2026-11-05, Parkside has no day.
      expect(await kpis()).toMatchObject({
        asOf: '2026-12-05',
        properties: 1,
        occupancyPct: { value: 97, change30d: null },
        vacantUnits: { value: 3, change30d: null },
      });
    });
  });

  describe('a deleted property', () => {
    it('leaves nothing behind in them', async () => {
      const { dataSource } = spec.testApp;
      await dataSource.query(`DELETE FROM properties WHERE id = $1`, [mapleCourt.id]);
      const left = await dataSource.query(
        `SELECT property_id FROM property_receivables WHERE property_id = $1
        UNION ALL SELECT property_id FROM property_latest_metrics WHERE property_id = $1`,
        [mapleCourt.id],
      );
      expect(left).toEqual([]);
      expect(await receivablesOffCount()).toEqual([]);
    });
  });
});

async function backendPid(runner: QueryRunner): Promise<number> {
  const [{ pid }] = (await runner.query('SELECT pg_backend_pid() AS pid')) as { pid: number }[];
  return pid;
}

/**
 * Asks again, as soon as each answer comes, until the backend `pid` waits for a lock, or its
 * statement is done without waiting (then the test's expectations say what went wrong).
 */
async function waitUntilBlocked(observer: QueryRunner, pid: number, done: () => boolean): Promise<void> {
  while (!done()) {
    const [{ blocked }] = (await observer.query(`SELECT cardinality(pg_blocking_pids($1)) > 0 AS blocked`, [pid])) as {
      blocked: boolean;
    }[];
    if (blocked) {
      return;
    }
  }
}
