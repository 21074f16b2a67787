import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { STALLED_AFTER_MINUTES } from '../src/portfolio/import/import-jobs.store';
import { ImportLimits } from '../src/portfolio/import/import-limits';
import { TEST_FIELD_CIPHER } from './support/field-keys';
import { bearer, SignedIn, signIn } from './support/sessions';
import { KAIROI_ADMIN, PHH_ADMIN, startTestApp, TestApp } from './support/test-app';
import { createUser } from './support/users';

const EXAMPLES_DIR = join(__dirname, '..', '..', '..', 'docs', 'import');
const METRICS_HEADER =
  'property_slug,date,occupancy_pct,leased_pct,vacant,notice,available_to_rent,leads,tours,applications,leases_signed,renewals_offered,renewals_signed,move_outs';
const PHH_SLUGS = ['parkside', 'harbor-view', 'maple-court'];
const PROPERTIES_HEADER = 'slug,name,address,city,state,unit_count,year_built';
const REVIEWS_HEADER = 'property_slug,source,external_id,rating,author,body,posted_at,responded_at';
const UNITS_HEADER =
  'property_slug,unit_number,floorplan,bedrooms,bathrooms,square_feet,market_rent,current_rent,previous_rent,status,lease_start,lease_end,renewal_status,resident_name,resident_email,resident_phone,balance,days_past_due,churn_risk,delinquency_risk';

/** A properties row of the JSON format, every column sent. */
function propertyObject(slug: string, values: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    slug,
    name: 'A property',
    address: null,
    city: null,
    state: null,
    unit_count: 1,
    year_built: null,
    ...values,
  };
}

/** Consecutive days from `first`, as YYYY-MM-DD. */
function days(first: string, count: number): string[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: count }, (_, index) => new Date(start + index * 86_400_000).toISOString().slice(0, 10));
}

function metricLine(slug: string, date: string, occupancy = '95.00'): string {
  return `${slug},${date},${occupancy},96.50,10,4,8,20,6,3,2,4,3,1`;
}

function csv(header: string, lines: readonly string[]): string {
  return `${[header, ...lines].join('\n')}\n`;
}

interface StreamedUpload {
  write(data: string | Buffer): Promise<void>;
  end(): void;
  /** Goes away mid-upload, as a client whose connection breaks. */
  abort(): void;
  readonly response: Promise<{ status: number; body: Record<string, unknown> }>;
}

describe('portfolio import', () => {
  let testApp: TestApp;
  let phhAdmin: SignedIn;
  let kairoiAdmin: SignedIn;
  let phhUser: SignedIn;

  function post(dataset: string, session = phhAdmin, query = '') {
    return request(testApp.server).post(`/api/admin/import/${dataset}${query}`).set(bearer(session));
  }

  function importCsv(dataset: string, body: string, session = phhAdmin, query = '') {
    return post(dataset, session, query).set('Content-Type', 'text/csv').send(body);
  }

  /** A body sent byte for byte: superagent would serialize a Buffer as JSON. */
  function importBytes(dataset: string, contentType: string, body: Buffer) {
    return post(dataset)
      .set('Content-Type', contentType)
      .serialize((bytes: Buffer) => bytes as unknown as string)
      .send(body);
  }

  function getJob(id: string, session = phhAdmin) {
    return request(testApp.server).get(`/api/admin/import/jobs/${id}`).set(bearer(session));
  }

  /**
   * The job's answer once `ready` holds of it. The server tells a job's progress only when asked,
   * so this asks again, one question after the other's answer, until then; Jest's test timeout,
   * not a count of attempts or a pause, bounds the wait.
   */
  async function jobWhen(id: string, ready: (job: request.Response) => boolean): Promise<request.Response> {
    for (;;) {
      const job = await getJob(id);
      if (ready(job)) {
        return job;
      }
    }
  }

  async function count(sql: string, parameters: unknown[] = []): Promise<number> {
    const [row] = await testApp.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM ${sql}`,
      parameters,
    );
    return row?.count ?? 0;
  }

  /** A chunked upload written piece by piece, as a client streaming a large file does. */
  function streamUpload(path: string, contentType: string, session = phhAdmin): StreamedUpload {
    const { port } = testApp.server.address() as AddressInfo;
    const outgoing = httpRequest({
      port,
      method: 'POST',
      path,
      headers: { ...bearer(session), 'Content-Type': contentType },
    });
    const response = new Promise<{ status: number; body: Record<string, unknown> }>((resolve, reject) => {
      outgoing.on('response', (incoming) => {
        let text = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => (text += chunk));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body: JSON.parse(text) }));
      });
      outgoing.on('error', reject);
    });
    return {
      write: (data) =>
        new Promise((resolve, reject) => outgoing.write(data, (error) => (error ? reject(error) : resolve()))),
      end: () => outgoing.end(),
      abort: () => outgoing.destroy(),
      response,
    };
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    phhAdmin = await signIn(testApp, PHH_ADMIN);
    kairoiAdmin = await signIn(testApp, KAIROI_ADMIN);
    await createUser(testApp, { email: 'analyst@phh.example', password: 'analyst password 1' });
    phhUser = await signIn(testApp, 'analyst@phh.example', 'analyst password 1');
  });

  afterAll(() => testApp.close());

  afterEach(() => jest.restoreAllMocks());

  it('imports the example file of every dataset, and the rows are in the tables as the files say', async () => {
    for (const dataset of ['properties', 'units', 'metrics', 'financials', 'reviews', 'work-orders']) {
      const file = readFileSync(join(EXAMPLES_DIR, `${dataset}.csv`), 'utf8');
      const response = await importCsv(dataset, file).expect(200);
      const rows = file.trim().split('\n').length - 1;
      expect(response.body).toMatchObject({ dataset, rowsRead: rows });
      expect(response.body.inserted + response.body.updated + response.body.unchanged).toBe(rows);
    }
    const phh = `JOIN organizations o ON o.id = p.organization_id AND o.slug = 'phh'`;
    expect(
      await testApp.dataSource.query(
        `SELECT p.slug, p.city, p.state, p.unit_count, p.year_built FROM properties p ${phh} ORDER BY p.slug`,
      ),
    ).toEqual([
      { slug: 'harbor-view', city: 'Corpus Christi', state: 'TX', unit_count: 180, year_built: 2005 },
      { slug: 'maple-court', city: 'Dallas', state: 'TX', unit_count: 96, year_built: 1987 },
      { slug: 'parkside', city: 'Austin', state: 'TX', unit_count: 240, year_built: 1998 },
    ]);
    const units = await testApp.dataSource.query<{ resident_email: string }[]>(
      `SELECT u.bathrooms, u.current_rent, u.status, u.resident_email, u.balance, u.churn_risk
         FROM units u JOIN properties p ON p.id = u.property_id ${phh}
        WHERE p.slug = 'harbor-view' AND u.unit_number = '2-204'`,
    );
    expect(units[0]?.resident_email).toMatch(/^v1:test1:/);
    expect(
      units.map((unit) => ({
        ...unit,
        resident_email: TEST_FIELD_CIPHER.decrypt('units.resident_email', unit.resident_email),
      })),
    ).toEqual([
      {
        bathrooms: '2.5',
        current_rent: '2310.00',
        status: 'notice',
        resident_email: 'sam.rivera@example.com',
        balance: '412.50',
        churn_risk: '0.910',
      },
    ]);
    expect(
      await testApp.dataSource.query(
        `SELECT u.current_rent, u.renewal_status, u.balance FROM units u JOIN properties p ON p.id = u.property_id ${phh}
          WHERE p.slug = 'parkside' AND u.unit_number = '102'`,
      ),
    ).toEqual([{ current_rent: null, renewal_status: null, balance: '0.00' }]);
    expect(
      await testApp.dataSource.query(
        `SELECT m.occupancy_pct, m.move_outs FROM property_daily_metrics m JOIN properties p ON p.id = m.property_id ${phh}
          WHERE p.slug = 'parkside' AND m.metric_date = '2024-06-02'`,
      ),
    ).toEqual([{ occupancy_pct: '94.17', move_outs: 1 }]);
    expect(
      await testApp.dataSource.query(
        `SELECT to_char(f.month, 'YYYY-MM-DD') AS month, f.actual FROM financial_lines f
           JOIN properties p ON p.id = f.property_id ${phh}
          WHERE p.slug = 'parkside' AND f.account = 'Vacancy loss'`,
      ),
    ).toEqual([{ month: '2024-06-01', actual: '-18850.00' }]);
    expect(
      await testApp.dataSource.query(
        `SELECT r.body, r.responded_at FROM reviews r WHERE r.external_id IN ('r-884213', 'ChdDSUhNMG9nS0VJQ0FnSUQ')
          ORDER BY r.external_id`,
      ),
    ).toEqual([
      { body: 'Quiet, clean, and the office answers the same day.', responded_at: new Date('2024-06-04T14:10:00Z') },
      { body: 'The "new" gym has been closed for a month.', responded_at: null },
    ]);
    expect(
      await testApp.dataSource.query(`SELECT body FROM reviews WHERE external_id = 'ChZDSUhNMG9nS0VJQ0FnSUQy'`),
    ).toEqual([{ body: '' }]);
    expect(
      await testApp.dataSource.query(`SELECT unit_number, closed_at FROM work_orders WHERE external_id = 'WO-10231'`),
    ).toEqual([{ unit_number: '101', closed_at: new Date('2024-06-02T21:40:00Z') }]);
  });

  it('imports a JSON array whose values are numbers, strings or null', async () => {
    const rows = [
      {
        property_slug: 'maple-court',
        source: 'google',
        external_id: 'json-review-1',
        rating: 3,
        author: 'Robin Q.',
        body: 'Fine.',
        posted_at: '2024-07-01T10:00:00+02:00',
        responded_at: null,
      },
      {
        property_slug: 'parkside',
        source: 'apartments',
        external_id: 'json-review-2',
        rating: '5',
        author: 'Jamie W.',
        body: null,
        posted_at: '2024-07-02 08:30:00.123456Z',
        responded_at: '2024-07-02T09:00:00Z',
      },
    ];
    const response = await post('reviews').send(rows).expect(200);
    expect(response.body).toMatchObject({ dataset: 'reviews', rowsRead: 2, inserted: 2, updated: 0, unchanged: 0 });
    expect(
      await testApp.dataSource.query(
        `SELECT external_id, rating, body, to_char(posted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') AS posted
           FROM reviews WHERE external_id LIKE 'json-review-%' ORDER BY external_id`,
      ),
    ).toEqual([
      { external_id: 'json-review-1', rating: 3, body: 'Fine.', posted: '2024-07-01 08:00:00.000000' },
      { external_id: 'json-review-2', rating: 5, body: '', posted: '2024-07-02 08:30:00.123456' },
    ]);
  });

  it('upserts on a second import: new keys inserted, changed rows updated, identical rows left alone', async () => {
    const dates = days('2050-01-01', 4);
    await importCsv(
      'metrics',
      csv(
        METRICS_HEADER,
        dates.map((date) => metricLine('maple-court', date)),
      ),
    ).expect(200);

    const second = csv(METRICS_HEADER, [
      metricLine('maple-court', dates[0] ?? ''),
      metricLine('maple-court', dates[1] ?? '', '88.25'),
      metricLine('maple-court', dates[2] ?? ''),
      metricLine('maple-court', dates[3] ?? ''),
      metricLine('maple-court', '2050-01-05'),
    ]);
    const response = await importCsv('metrics', second).expect(200);
    expect(response.body).toMatchObject({ rowsRead: 5, inserted: 1, updated: 1, unchanged: 3 });
    expect(
      await testApp.dataSource.query(
        `SELECT to_char(metric_date, 'YYYY-MM-DD') AS date, occupancy_pct FROM property_daily_metrics
          WHERE metric_date BETWEEN '2050-01-01' AND '2050-01-05' ORDER BY metric_date`,
      ),
    ).toEqual([
      { date: '2050-01-01', occupancy_pct: '95.00' },
      { date: '2050-01-02', occupancy_pct: '88.25' },
      { date: '2050-01-03', occupancy_pct: '95.00' },
      { date: '2050-01-04', occupancy_pct: '95.00' },
      { date: '2050-01-05', occupancy_pct: '95.00' },
    ]);
  });

  it('creates properties in the caller’s organization only, and keeps unit_count as given', async () => {
    const header = 'slug,name,address,city,state,unit_count,year_built';
    const created = await importCsv('properties', csv(header, ['import-tower,Import Tower,,,,12,'])).expect(200);
    expect(created.body).toMatchObject({ inserted: 1, updated: 0 });
    await importCsv('properties', csv(header, ['import-tower,Import Tower,,,,12,']), kairoiAdmin).expect(200);
    expect(
      await testApp.dataSource.query(
        `SELECT o.slug AS organization, p.unit_count FROM properties p JOIN organizations o ON o.id = p.organization_id
          WHERE p.slug = 'import-tower' ORDER BY o.slug`,
      ),
    ).toEqual([
      { organization: 'kairoi', unit_count: 12 },
      { organization: 'phh', unit_count: 12 },
    ]);
    const unitsHeader = readFileSync(join(EXAMPLES_DIR, 'units.csv'), 'utf8').split('\n')[0] ?? '';
    await importCsv('units', csv(unitsHeader, ['import-tower,1,A1,1,1,700,1200.00,,,vacant,,,,,,,,,,'])).expect(200);
    expect(await count(`properties WHERE slug = 'import-tower' AND unit_count = 12`)).toBe(2);
  });

  it('refuses a file wrong on row 5,000 of 10,000, writes nothing, and names line 5,001 and the field', async () => {
    const before = await count('property_daily_metrics');
    const lines = days('1990-01-01', 10_000).map((date, index) =>
      metricLine('harbor-view', date, index === 4999 ? '100.50' : '95.00'),
    );
    const response = await importCsv('metrics', csv(METRICS_HEADER, lines), phhAdmin, `?jobId=${randomUUID()}`).expect(
      422,
    );
    expect(response.body).toMatchObject({
      statusCode: 422,
      error: 'Unprocessable Entity',
      code: 'IMPORT_REJECTED',
      report: {
        rowsRead: 10_000,
        errorsTotal: 1,
        errors: [{ line: 5001, field: 'occupancy_pct', problem: 'must be at most 100' }],
      },
    });
    expect(response.body.message).toMatch(/line 5001, occupancy_pct: must be at most 100/);
    expect(await count('property_daily_metrics')).toBe(before);
  });

  it('refuses a header with wrong, missing or repeated columns before reading any row', async () => {
    const header = METRICS_HEADER.replace('occupancy_pct', 'occupancy').replace(',move_outs', ',leads');
    const response = await importCsv('metrics', csv(header, [metricLine('parkside', '2051-01-01')])).expect(422);
    expect(response.body.code).toBe('IMPORT_REJECTED');
    expect(response.body.report.rowsRead).toBe(0);
    expect(response.body.report.errors).toEqual([
      { line: 1, field: 'occupancy', problem: expect.stringMatching(/^is not a column of this dataset/) },
      { line: 1, field: 'leads', problem: 'appears more than once in the header' },
      { line: 1, field: 'occupancy_pct', problem: 'is missing from the header' },
      { line: 1, field: 'move_outs', problem: 'is missing from the header' },
    ]);
  });

  it('refuses natural keys repeated within a file, naming both lines', async () => {
    const response = await importCsv(
      'metrics',
      csv(METRICS_HEADER, [
        metricLine('parkside', '2052-01-01'),
        metricLine('parkside', '2052-01-02'),
        metricLine('parkside', '2052-01-01', '90.00'),
      ]),
    ).expect(422);
    expect(response.body.report.errors).toEqual([
      {
        line: 4,
        field: 'property_slug, date',
        problem: 'repeats the key of line 2: each key may appear once in a file',
      },
    ]);
    expect(await count(`property_daily_metrics WHERE metric_date BETWEEN '2052-01-01' AND '2052-01-02'`)).toBe(0);
  });

  it('names every bad value by line and field, and counts beyond the listed problems', async () => {
    const header = 'property_slug,external_id,unit_number,category,priority,status,opened_at,closed_at';
    const bad = [
      'parkside,W-1,,Plumbing,urgent,open,2024-06-01T08:00:00Z,',
      'parkside,W-2,,Plumbing,low,open,2024-06-01 08:00,',
      'parkside,W-3,,,low,completed,2024-06-02T08:00:00Z,2024-06-01T08:00:00Z',
      'parkside,W-4,,Plumbing,low,open',
      ...Array.from({ length: 1200 }, (_, index) => `parkside,X-${index},,Plumbing,low,open,2024-02-30T08:00:00Z,`),
    ];
    const response = await importCsv('work-orders', csv(header, bad)).expect(422);
    expect(response.body.report.errorsTotal).toBe(1204);
    expect(response.body.report.errors).toHaveLength(1000);
    expect(response.body.report.errors.slice(0, 5)).toEqual([
      { line: 2, field: 'priority', problem: 'must be one of: low, normal, high, emergency' },
      { line: 3, field: 'opened_at', problem: expect.stringMatching(/^must be a date-time with its time zone/) },
      { line: 4, field: 'category', problem: 'is required' },
      { line: 5, field: null, problem: 'has 6 values where the header has 8' },
      { line: 6, field: 'opened_at', problem: 'is not a day of the calendar' },
    ]);
    const closedBeforeOpened = await importCsv(
      'work-orders',
      csv(header, [bad[2]?.replace(',,low', ',Doors,low') ?? '']),
    ).expect(422);
    expect(closedBeforeOpened.body.report.errors).toEqual([
      { line: 2, field: 'closed_at', problem: 'must not be before opened_at' },
    ]);
  });

  it('answers another organization’s property slug exactly as an unknown one, and writes nothing', async () => {
    const header = 'property_slug,month,account,category,actual,budget';
    const response = await importCsv(
      'financials',
      csv(header, ['parkside,2024-01,Rent,income,100.00,100.00', 'no-such-place,2024-01,Rent,income,1.00,1.00']),
      kairoiAdmin,
    ).expect(422);
    expect(response.body.report.errors).toEqual([
      { line: 2, field: 'property_slug', problem: 'is not the slug of a property of your organization' },
      { line: 3, field: 'property_slug', problem: 'is not the slug of a property of your organization' },
    ]);
    expect(await count(`financial_lines WHERE account = 'Rent'`)).toBe(0);
  });

  it('checks JSON rows for missing and unknown keys, and refuses a body that is not a JSON array', async () => {
    const response = await post('financials')
      .send([
        { property_slug: 'parkside', month: '2024-02', account: 'Rent', category: 'income', actual: 1, budget: 1 },
        { property_slug: 'parkside', month: '2024-03', account: 'Rent', category: 'income', actual: 1, colour: 'red' },
        'not a row',
        {
          property_slug: 'parkside',
          month: '2024-04-15',
          account: 'Rent',
          category: 'income',
          actual: true,
          budget: 1.005,
        },
      ])
      .expect(422);
    expect(response.body.report.errors).toEqual([
      { line: 2, field: 'budget', problem: 'is missing (send null for no value)' },
      { line: 2, field: 'colour', problem: 'is not a column of this dataset' },
      { line: 3, field: null, problem: 'must be an object of column names and values' },
      { line: 4, field: 'month', problem: 'must be a month as YYYY-MM (or its first day, YYYY-MM-01)' },
      { line: 4, field: 'actual', problem: 'must be text or a number' },
      { line: 4, field: 'budget', problem: 'must have at most 2 decimal places' },
    ]);
    const notAnArray = await post('financials').send({ rows: [] }).expect(422);
    expect(notAnArray.body.report.errors).toEqual([
      { line: null, field: null, problem: 'The body must be a JSON array of row objects.' },
    ]);
    const malformed = await post('financials').set('Content-Type', 'application/json').send('[{"a": 1},').expect(422);
    expect(malformed.body.report.errors[0].problem).toMatch(/^The body is not valid JSON/);
  });

  it('refuses a value holding a NUL character, in CSV and JSON, naming the line and the field', async () => {
    const fromCsv = await importCsv(
      'properties',
      csv(PROPERTIES_HEADER, ['nul-one,Fine,,,,10,', 'nul-two,Ca\u0000fe,,Austin,TX,10,']),
    ).expect(422);
    expect(fromCsv.body.report.errors).toEqual([
      { line: 3, field: 'name', problem: 'must not contain the NUL character (U+0000)' },
    ]);
    const fromJson = await post('properties')
      .send([
        propertyObject('nul-three'),
        propertyObject('nul-four', { address: 'Main St\u0000', unit_count: '\u00001' }),
      ])
      .expect(422);
    expect(fromJson.body.report.errors).toEqual([
      { line: 2, field: 'address', problem: 'must not contain the NUL character (U+0000)' },
      { line: 2, field: 'unit_count', problem: 'must not contain the NUL character (U+0000)' },
    ]);
    expect(await count(`properties WHERE slug LIKE 'nul-%'`)).toBe(0);
  });

  it('writes a NUL character in a column name out as \\u0000, so the job keeps its report', async () => {
    const fromCsv = randomUUID();
    await importCsv('properties', csv(`${PROPERTIES_HEADER},no\u0000te`, []), phhAdmin, `?jobId=${fromCsv}`).expect(
      422,
    );
    const fromJson = randomUUID();
    const response = await post('properties', phhAdmin, `?jobId=${fromJson}`)
      .send([propertyObject('nul-five', { 'no\u0000te': 'x' })])
      .expect(422);
    expect(response.body.report.errors).toEqual([
      { line: 1, field: 'no\\u0000te', problem: 'is not a column of this dataset' },
    ]);
    for (const jobId of [fromCsv, fromJson]) {
      const job = await getJob(jobId).expect(200);
      expect(job.body).toMatchObject({ status: 'failed', report: { statusCode: 422, errorsTotal: 1 } });
      expect(job.body.report.errors[0].field).toBe('no\\u0000te');
    }
  });

  it('refuses a file that is not UTF-8, naming the CSV line or the JSON record, and writes nothing', async () => {
    const latin1Csv = Buffer.concat([
      Buffer.from(`${PROPERTIES_HEADER}\nutf-one,Fine,,,,10,\nutf-two,Caf`),
      Buffer.from([0xe9]),
      Buffer.from(',,,,10,\nutf-three,Fine,,,,10,\n'),
    ]);
    const fromCsv = await importBytes('properties', 'text/csv', latin1Csv).expect(422);
    expect(fromCsv.body.report.errors).toEqual([
      {
        line: 3,
        field: null,
        problem: 'The file is not valid UTF-8: byte 0xE9 on this line cannot be read. Save the file as UTF-8.',
      },
    ]);
    const cutShort = await importBytes(
      'properties',
      'text/csv',
      Buffer.concat([Buffer.from(`${PROPERTIES_HEADER}\nutf-four,Fine,,,,10,\nutf-five,Caf`), Buffer.from([0xc3])]),
    ).expect(422);
    expect(cutShort.body.report.errors).toEqual([
      {
        line: 3,
        field: null,
        problem: 'The file is not valid UTF-8: byte 0xC3 on this line cannot be read. Save the file as UTF-8.',
      },
    ]);
    const [first, second] = [propertyObject('utf-six'), propertyObject('utf-seven', { name: 'Caf_' })].map((row) =>
      JSON.stringify(row),
    );
    const latin1Json = Buffer.from(`[${first},\n ${second}]`, 'latin1');
    latin1Json[latin1Json.indexOf('Caf_') + 3] = 0xe9;
    const fromJson = await importBytes('properties', 'application/json', latin1Json).expect(422);
    expect(fromJson.body.report.errors).toEqual([
      {
        line: 2,
        field: null,
        problem: 'The file is not valid UTF-8: byte 0xE9 in this record cannot be read. Save the file as UTF-8.',
      },
    ]);
    expect(await count(`properties WHERE slug LIKE 'utf-%'`)).toBe(0);
  });

  it('keeps UTF-8 characters whole, split across the chunks of a streamed upload or not', async () => {
    const upload = streamUpload('/api/admin/import/properties', 'text/csv');
    const cafe = Buffer.from('Café ☕', 'utf8');
    // Split inside é (two bytes), then after the first and the second of ☕'s three bytes.
    await upload.write(Buffer.concat([Buffer.from(`${PROPERTIES_HEADER}\nutf-eight,`), cafe.subarray(0, 4)]));
    await upload.write(cafe.subarray(4, 7));
    await upload.write(Buffer.concat([cafe.subarray(7), Buffer.from(',,,,10,\nutf-nine,'), cafe.subarray(0, 8)]));
    await upload.write(Buffer.concat([cafe.subarray(8), Buffer.from(' \uFFFD,,,,10,\n')]));
    upload.end();
    expect((await upload.response).status).toBe(200);
    expect(
      await testApp.dataSource.query(`SELECT slug, name FROM properties WHERE slug LIKE 'utf-%' ORDER BY slug`),
    ).toEqual([
      { slug: 'utf-eight', name: 'Café ☕' },
      { slug: 'utf-nine', name: 'Café ☕ \uFFFD' },
    ]);
  });

  it('refuses text that starts as a spreadsheet formula would, in every text column, naming each', async () => {
    const posted = '2024-06-03T15:42:00Z';
    const reviews = await importCsv(
      'reviews',
      csv(REVIEWS_HEADER, [
        `parkside,google,f-1,5,"=HYPERLINK(""http://evil.example"")",Nice,${posted},`,
        `parkside,google,f-2,5,Sam,+cmd|' /C calc'!A0,${posted},`,
        `parkside,google,f-3,5,Sam,-2+3,${posted},`,
        `parkside,google,@f-4,5,Sam,Fine,${posted},`,
        `parkside,google,f-5,5,"\t=1+1",Fine,${posted},`,
        `parkside,google,f-6,5,"\r\n@SUM(A1)",Fine,${posted},`,
      ]),
    ).expect(422);
    const formula = 'must not start with =, +, - or @, which a spreadsheet would run as a formula';
    expect(reviews.body.report.errors).toEqual([
      { line: 2, field: 'author', problem: formula },
      { line: 3, field: 'body', problem: formula },
      { line: 4, field: 'body', problem: formula },
      { line: 5, field: 'external_id', problem: formula },
      { line: 6, field: 'author', problem: formula },
      { line: 7, field: 'author', problem: formula },
    ]);
    const fromJson = await post('properties')
      .send([propertyObject('formula-one', { name: '=1+1', city: '@Austin' })])
      .expect(422);
    expect(fromJson.body.report.errors).toEqual([
      { line: 1, field: 'name', problem: formula },
      { line: 1, field: 'city', problem: formula },
    ]);
    const unit = (floorplan: string, email: string, phone: string, balance: string) =>
      `parkside,F-1,${floorplan},1,1,720,1450.00,1425.00,1380.00,occupied,2024-03-01,2025-02-28,pending,Jordan Avery,${email},${phone},${balance},0,0.150,0.020`;
    const units = await importCsv('units', csv(UNITS_HEADER, [unit('-A1', '=x@example.com', '=1+2', '0')])).expect(422);
    expect(units.body.report.errors).toEqual([
      { line: 2, field: 'floorplan', problem: formula },
      { line: 2, field: 'resident_email', problem: formula },
      {
        line: 2,
        field: 'resident_phone',
        problem: expect.stringMatching(/^must be a phone number/),
      },
    ]);
    expect(await count(`reviews WHERE external_id LIKE 'f-%'`)).toBe(0);
  });

  it('takes negative numbers, phone numbers with +, and text that only contains formula characters', async () => {
    const unit = `parkside,F-2,A1,1,1,720,1450.00,1425.00,1380.00,occupied,2024-03-01,2025-02-28,pending,Jordan Avery,jordan@example.com,+1 (512) 555-0101 x12,-20.50,0,0.150,0.020`;
    await importCsv('units', csv(UNITS_HEADER, [unit])).expect(200);
    await importCsv(
      'reviews',
      csv(REVIEWS_HEADER, ['parkside,google,f-7,4,Sam,"Good: 5+5=10, and -20% @ noon",2024-06-03T15:42:00Z,']),
    ).expect(200);
    const [stored] = await testApp.dataSource.query<{ resident_phone: string; balance: string }[]>(
      `SELECT resident_phone, balance FROM units WHERE unit_number = 'F-2'`,
    );
    expect(stored?.balance).toBe('-20.50');
    expect(TEST_FIELD_CIPHER.decrypt('units.resident_phone', stored?.resident_phone ?? '')).toBe(
      '+1 (512) 555-0101 x12',
    );
  });

  it('writes residents encrypted, and leaves a unit imported again unchanged when its resident is the same', async () => {
    const unit = (name: string) =>
      `parkside,E-1,A1,1,1,720,1450.00,1425.00,,occupied,2024-03-01,2027-02-28,,${name},e1@example.com,(555) 010-0199,0,0,,`;
    await importCsv('units', csv(UNITS_HEADER, [unit('Erin Sealed')])).expect(200);
    const read = () =>
      testApp.dataSource.query<{ resident_name: string; resident_email: string }[]>(
        `SELECT resident_name, resident_email FROM units WHERE unit_number = 'E-1'`,
      );
    const [first] = await read();
    expect(JSON.stringify(first)).not.toMatch(/Erin|e1@example/);

    const again = await importCsv('units', csv(UNITS_HEADER, [unit('Erin Sealed')])).expect(200);
    expect(again.body).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
    expect((await read())[0]).toEqual(first);

    const renamed = await importCsv('units', csv(UNITS_HEADER, [unit('Erin Renamed')])).expect(200);
    expect(renamed.body).toMatchObject({ inserted: 0, updated: 1 });
    const [after] = await read();
    expect(TEST_FIELD_CIPHER.decrypt('units.resident_name', after?.resident_name ?? '')).toBe('Erin Renamed');
    expect(after?.resident_email).toBe(first?.resident_email);
  });

  it('refuses malformed CSV quoting, naming the line', async () => {
    const header = 'property_slug,month,account,category,actual,budget';
    const response = await importCsv('financials', `${header}\nparkside,2024-05,"Rent"al,income,1.00,1.00\n`).expect(
      422,
    );
    expect(response.body.report.errors).toEqual([
      { line: 2, field: null, problem: expect.stringMatching(/^The CSV is malformed: a quoted value is followed/) },
    ]);
  });

  it('answers 403 to a user who is not an admin, and 401 without a token', async () => {
    const response = await importCsv('metrics', csv(METRICS_HEADER, []), phhUser).expect(403);
    expect(response.body.code).toBe('ADMIN_ONLY');
    await getJob(randomUUID(), phhUser).expect(403);
    await request(testApp.server)
      .post('/api/admin/import/metrics')
      .set('Content-Type', 'text/csv')
      .send('x')
      .expect(401);
  });

  it('answers 400 naming an unknown dataset or a jobId that is not a UUID, and 415 to other content types', async () => {
    const unknown = await importCsv('leases', 'a\n').expect(400);
    expect(unknown.body.details).toEqual([
      {
        field: 'dataset',
        problems: ['dataset must be one of properties, units, metrics, financials, reviews, work-orders'],
      },
    ]);
    const badJob = await importCsv('metrics', 'a\n', phhAdmin, '?jobId=42').expect(400);
    expect(badJob.body.details).toEqual([{ field: 'jobId', problems: ['jobId must be a UUID'] }]);
    await post('metrics').set('Content-Type', 'text/plain').send('a,b\n').expect(415);
    await post('metrics').set('Content-Type', 'text/csv; charset=latin1').send('a,b\n').expect(415);
    // Only the import route is exempt from the JSON-only rule of the API.
    await request(testApp.server)
      .post('/api/admin/users')
      .set(bearer(phhAdmin))
      .set('Content-Type', 'text/csv')
      .send('a,b\n')
      .expect(415);
  });

  it('answers 415 to a compressed body, naming its Content-Encoding, and writes nothing', async () => {
    const file = csv(METRICS_HEADER, [metricLine('parkside', '2023-01-01')]);
    const bodies: [string, Buffer][] = [
      ['gzip', gzipSync(file)],
      ['br', Buffer.from('not brotli at all')],
      ['compress', Buffer.from(file)],
    ];
    for (const [encoding, body] of bodies) {
      const response = await post('metrics')
        .set('Content-Type', 'text/csv')
        .set('Content-Encoding', encoding)
        .send(body)
        .expect(415);
      expect(response.body.message).toBe(
        `Send the file uncompressed: the import does not take Content-Encoding "${encoding}".`,
      );
    }
    expect(await count(`property_daily_metrics WHERE metric_date = '2023-01-01'`)).toBe(0);
    await post('metrics').set('Content-Type', 'text/csv').set('Content-Encoding', 'identity').send(file).expect(200);
  });

  it('answers 413 to a body announced over 50 MB, and records the failed job', async () => {
    const jobId = randomUUID();
    const response = await post('metrics', phhAdmin, `?jobId=${jobId}`)
      .set('Content-Type', 'text/csv')
      .send(Buffer.alloc(50 * 1024 * 1024 + 1, 'a'))
      .expect(413);
    expect(response.body).toMatchObject({
      code: 'IMPORT_TOO_LARGE',
      message: expect.stringMatching(/larger than 50 MB/),
    });
    const job = await getJob(jobId).expect(200);
    expect(job.body).toMatchObject({ status: 'failed', phase: 'done', rowsWritten: 0, report: { statusCode: 413 } });
  });

  it('stops reading a streamed body once it passes the byte limit, and answers 413 when the client has sent it', async () => {
    jest.replaceProperty(testApp.app.get(ImportLimits), 'maxBytes', 64 * 1024);
    const jobId = randomUUID();
    const upload = streamUpload(`/api/admin/import/metrics?jobId=${jobId}`, 'text/csv');
    await upload.write(`${METRICS_HEADER}\n`);
    const dates = days('2053-01-01', 10_000);
    for (let start = 0; start < dates.length; start += 500) {
      await upload.write(
        `${dates
          .slice(start, start + 500)
          .map((date) => metricLine('parkside', date))
          .join('\n')}\n`,
      );
    }
    upload.end();
    const { status, body } = await upload.response;
    expect(status).toBe(413);
    expect(body['message']).toBe('The upload is larger than 65536 bytes, the most one import takes; split the file.');
    const job = await getJob(jobId).expect(200);
    expect(job.body).toMatchObject({ status: 'failed', rowsWritten: 0, report: { statusCode: 413 } });
    expect(job.body.rowsRead).toBeLessThan(2000);
    expect(await count(`property_daily_metrics WHERE metric_date >= '2053-01-01' AND metric_date < '2054-01-01'`)).toBe(
      0,
    );
  });

  it('answers 413 past 500,000 rows', async () => {
    const response = await post('metrics')
      .set('Content-Type', 'application/json')
      .send(`[${Array.from({ length: 500_001 }, () => '{}').join(',')}]`)
      .expect(413);
    expect(response.body).toMatchObject({
      code: 'IMPORT_TOO_LARGE',
      message: 'The upload has more than 500,000 rows, the most one import takes; split the file.',
    });
    jest.replaceProperty(testApp.app.get(ImportLimits), 'maxRows', 10);
    const lines = days('2054-01-01', 11).map((date) => metricLine('parkside', date));
    await importCsv('metrics', csv(METRICS_HEADER, lines)).expect(413);
    await importCsv('metrics', csv(METRICS_HEADER, lines.slice(0, 10))).expect(200);
  });

  it('shows a job while the upload runs and once it is done, to its own organization only', async () => {
    const jobId = randomUUID();
    const upload = streamUpload(`/api/admin/import/metrics?jobId=${jobId}`, 'text/csv');
    const dates = days('2060-01-01', 12_000);
    await upload.write(
      `${METRICS_HEADER}\n${dates
        .slice(0, 6000)
        .map((date) => metricLine('parkside', date))
        .join('\n')}\n`,
    );
    // The job appears once the server has taken the request, and its counter every 5,000 rows.
    const running = await jobWhen(jobId, (job) => job.status === 200 && job.body.rowsRead >= 5000);
    expect(running.body).toMatchObject({
      id: jobId,
      dataset: 'metrics',
      userId: phhAdmin.userId,
      status: 'running',
      phase: 'reading',
      rowsRead: 5000,
      rowsWritten: 0,
      report: null,
      finishedAt: null,
    });
    await getJob(jobId, kairoiAdmin).expect(404);

    await upload.write(
      `${dates
        .slice(6000)
        .map((date) => metricLine('parkside', date))
        .join('\n')}\n`,
    );
    upload.end();
    const { status, body } = await upload.response;
    expect(status).toBe(200);
    expect(body).toEqual({ jobId, dataset: 'metrics', rowsRead: 12_000, inserted: 12_000, updated: 0, unchanged: 0 });

    const done = await getJob(jobId).expect(200);
    expect(done.body).toMatchObject({
      status: 'succeeded',
      phase: 'done',
      rowsRead: 12_000,
      rowsWritten: 12_000,
      report: { inserted: 12_000, updated: 0, unchanged: 0 },
      finishedAt: expect.any(String),
    });
    const notFound = await getJob(jobId, kairoiAdmin).expect(404);
    expect(notFound.body.message).toMatch(/in your organization/);
    const reused = await importCsv('metrics', csv(METRICS_HEADER, []), phhAdmin, `?jobId=${jobId}`).expect(409);
    expect(reused.body.code).toBe('IMPORT_JOB_EXISTS');
  });

  it('records an upload the client abandons as failed, with nothing written', async () => {
    const jobId = randomUUID();
    const upload = streamUpload(`/api/admin/import/metrics?jobId=${jobId}`, 'text/csv');
    upload.response.catch(() => undefined);
    await upload.write(`${METRICS_HEADER}\n${metricLine('parkside', '2055-01-01')}\n`);
    await jobWhen(jobId, (job) => job.status === 200);
    upload.abort();
    const job = await jobWhen(jobId, (answer) => answer.body.status !== 'running');
    expect(job.body).toMatchObject({
      status: 'failed',
      phase: 'done',
      rowsWritten: 0,
      report: { statusCode: 400, message: 'The upload was interrupted before the whole body arrived.' },
    });
    expect(await count(`property_daily_metrics WHERE metric_date = '2055-01-01'`)).toBe(0);
  });

  it('reports a job whose server stopped mid-import as failed, once it has been silent long enough', async () => {
    const [stalled, quiet] = [randomUUID(), randomUUID()];
    for (const [id, silentMinutes] of [
      [stalled, STALLED_AFTER_MINUTES + 1],
      [quiet, STALLED_AFTER_MINUTES - 1],
    ] as const) {
      await testApp.dataSource.query(
        `INSERT INTO import_jobs (id, organization_id, user_id, dataset, status, phase, rows_read, updated_at)
         SELECT $1, organization_id, id, 'metrics', 'running', 'writing', 40000, now() - make_interval(mins => $3)
         FROM users WHERE id = $2`,
        [id, phhAdmin.userId, silentMinutes],
      );
    }

    const [silent] = await testApp.dataSource.query<{ updated_at: Date }[]>(
      'SELECT updated_at FROM import_jobs WHERE id = $1',
      [stalled],
    );

    await getJob(stalled, kairoiAdmin).expect(404);
    const dead = await getJob(stalled).expect(200);
    expect(dead.body).toMatchObject({
      status: 'failed',
      phase: 'done',
      rowsRead: 40000,
      rowsWritten: 0,
      report: { message: expect.stringMatching(/stopped before it finished.*nothing was written/) },
      finishedAt: expect.any(String),
    });
    // It stopped when it last reported progress, not when that was noticed.
    expect(dead.body.finishedAt).toBe(silent?.updated_at.toISOString());
    expect((await getJob(quiet).expect(200)).body).toMatchObject({ status: 'running', finishedAt: null });
  });

  it('imports 100,000 metric rows', async () => {
    const dates = days('1900-01-01', Math.ceil(100_000 / PHH_SLUGS.length));
    const lines = Array.from({ length: 100_000 }, (_, index) =>
      metricLine(PHH_SLUGS[index % PHH_SLUGS.length] ?? '', dates[Math.floor(index / PHH_SLUGS.length)] ?? ''),
    );
    const response = await importCsv('metrics', csv(METRICS_HEADER, lines)).expect(200);
    expect(response.body).toMatchObject({ rowsRead: 100_000, inserted: 100_000, updated: 0 });
    expect(await count(`property_daily_metrics WHERE metric_date < '2000-01-01'`)).toBe(100_000);
  }, 120_000);
});
