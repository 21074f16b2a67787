import request from 'supertest';
import { DataSource } from 'typeorm';
import { Property } from '../src/organizations/property.entity';
import { insertMetrics, insertUnits, propertiesOf } from './support/portfolio-fixtures';
import { bearer, SignedIn, signIn } from './support/sessions';
import { KAIROI_ADMIN, startTestApp, TestApp } from './support/test-app';
import { TEST_NOW } from './support/test-clock';

const OWING_UNITS_PER_PROPERTY = 100;
const METRIC_DAYS = 60;

interface PlanNode {
  'Relation Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  Plans?: PlanNode[];
}

/** Rows each table gave the plan, over every loop of every scan of it. */
function rowsRead(node: PlanNode, into: Map<string, number> = new Map()): Map<string, number> {
  const table = node['Relation Name'];
  if (table) {
    into.set(table, (into.get(table) ?? 0) + node['Actual Rows'] * node['Actual Loops']);
  }
  for (const child of node.Plans ?? []) {
    rowsRead(child, into);
  }
  return into;
}

/**
 * The SELECT statements a request sends (seen through the data source, then sent on as they
 * were), run again under EXPLAIN ANALYZE: how many rows of each table they read altogether.
 */
async function rowsReadBy(dataSource: DataSource, send: () => Promise<unknown>): Promise<Map<string, number>> {
  const statements: Parameters<DataSource['query']>[] = [];
  const sendOn = dataSource.query.bind(dataSource);
  const seen = jest.spyOn(dataSource, 'query').mockImplementation((sql, parameters, ...rest) => {
    if (/^\s*(SELECT|WITH)\b/i.test(sql)) {
      statements.push([sql, parameters]);
    }
    return sendOn(sql, parameters, ...rest);
  });
  try {
    await send();
  } finally {
    seen.mockRestore();
  }
  const total = new Map<string, number>();
  for (const [sql, parameters] of statements) {
    const [{ 'QUERY PLAN': plan }] = (await dataSource.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters)) as [
      { 'QUERY PLAN': [{ Plan: PlanNode }] },
    ];
    for (const [table, rows] of rowsRead(plan[0].Plan)) {
      total.set(table, (total.get(table) ?? 0) + rows);
    }
  }
  return total;
}

/**
 * The admin of the larger demo organization (Kairoi, 29 of the database's 32 properties) asks for
 * the widest views: what they read must follow what they show (a page, a tile per measure), not
 * every owing unit or every day of every property.
 */
describe('what the portfolio’s widest views read', () => {
  let testApp: TestApp;
  let admin: SignedIn;
  let properties: Property[];
  const get = (path: string) => request(testApp.server).get(`/api/portfolio/${path}`).set(bearer(admin)).expect(200);

  beforeAll(async () => {
    testApp = await startTestApp({ now: TEST_NOW });
    admin = await signIn(testApp, KAIROI_ADMIN);
    properties = Object.values(await propertiesOf(testApp.dataSource, 'kairoi'));
    for (const [index, property] of properties.entries()) {
      await insertUnits(
        testApp.dataSource,
        property,
        Array.from({ length: OWING_UNITS_PER_PROPERTY }, (_, unit) => ({
          unitNumber: `U${unit}`,
          status: 'occupied' as const,
          balance: 100 + unit * properties.length + index,
          daysPastDue: 30,
        })),
      );
      await insertMetrics(
        testApp.dataSource,
        property,
        Array.from({ length: METRIC_DAYS }, (_, day) => ({
          metricDate: new Date(Date.UTC(2026, 8, 1 + day)).toISOString().slice(0, 10),
          occupancyPct: 90,
          vacant: 10,
        })),
      );
    }
    // As autovacuum would have by the time anyone asks: the planner knows the tables' sizes.
    await testApp.dataSource.query('ANALYZE units, property_daily_metrics, properties');
  });

  afterAll(() => testApp.close());

  it('gives the AR table’s first page by balance from as many units as the page shows', async () => {
    const read = await rowsReadBy(testApp.dataSource, () =>
      get('delinquency/ar-table?page=1&pageSize=25&sort=-balance'),
    );
    expect(read.get('units')).toBe(25);
  });

  it('gives the KPI tiles of each property’s latest day without reading the daily history', async () => {
    const read = await rowsReadBy(testApp.dataSource, () => get('overview/kpi-tiles'));
    expect(read.get('property_daily_metrics')).toBeUndefined();
    expect(read.get('property_latest_metrics')).toBe(properties.length);
  });
});
