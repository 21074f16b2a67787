import request from 'supertest';
import { Property } from '../src/organizations/property.entity';
import { insertMetrics, insertUnits, propertiesOf } from './support/portfolio-fixtures';
import { bearer, SignedIn, signIn } from './support/sessions';
import { KAIROI_ADMIN, PHH_ADMIN, startTestApp, TestApp } from './support/test-app';
import { createUser } from './support/users';

describe('portfolio view routes', () => {
  let testApp: TestApp;
  let admin: SignedIn;
  let kairoiAdmin: SignedIn;
  let userId: string;
  let phh: Record<string, Property>;
  let kairoi: Record<string, Property>;

  const http = () => request(testApp.server);
  const get = (session: SignedIn, path: string) => http().get(`/api/portfolio/${path}`).set(bearer(session));
  const signInUser = () => signIn(testApp, 'parkside.pm@phh.example', 'parkside manager 1');
  const parkside = () => phh['Parkside'] as Property;
  const harborView = () => phh['Harbor View'] as Property;

  beforeAll(async () => {
    testApp = await startTestApp();
    admin = await signIn(testApp, PHH_ADMIN);
    kairoiAdmin = await signIn(testApp, KAIROI_ADMIN);
    userId = (await createUser(testApp, { email: 'parkside.pm@phh.example', password: 'parkside manager 1' })).id;
    phh = await propertiesOf(testApp.dataSource, 'phh');
    kairoi = await propertiesOf(testApp.dataSource, 'kairoi');

    await insertUnits(testApp.dataSource, parkside(), [
      {
        unitNumber: '101',
        status: 'occupied',
        balance: 1200,
        daysPastDue: 45,
        residentName: 'Ada Park',
        residentEmail: 'ada@example.com',
        residentPhone: '(555) 010-0101',
        currentRent: 1450,
        leaseEnd: '2027-02-28',
      },
      { unitNumber: '102', status: 'occupied', residentName: 'Bo Paid' },
      { unitNumber: '103', status: 'vacant' },
      { unitNumber: '104', status: 'notice', balance: 300, daysPastDue: 10, residentName: 'Cy Notice' },
    ]);
    await insertUnits(testApp.dataSource, harborView(), [
      { unitNumber: 'H1', status: 'occupied', balance: 5000, daysPastDue: 95, residentName: 'Di Harbor' },
      { unitNumber: 'H2', status: 'occupied' },
    ]);
    await insertMetrics(testApp.dataSource, parkside(), [
      { metricDate: '2026-10-01', occupancyPct: 70, vacant: 2 },
      { metricDate: '2026-10-31', occupancyPct: 75, vacant: 1 },
    ]);
    await insertMetrics(testApp.dataSource, harborView(), [{ metricDate: '2026-10-31', occupancyPct: 100, vacant: 0 }]);
    await http()
      .put(`/api/admin/users/${userId}/access`)
      .set(bearer(admin))
      .send({ propertyIds: [parkside().id] })
      .expect(200);
  });

  afterAll(() => testApp.close());

  describe('KPI tiles', () => {
    it('weights the portfolio by unit count and compares each property with itself 30 days earlier', async () => {
      const { body } = await get(admin, 'overview/kpi-tiles').expect(200);
      expect(body).toEqual({
        asOf: '2026-10-31',
        properties: 2,
        units: 6,
        occupancyPct: { value: 83.3, change30d: 5 },
        leasedPct: { value: 83.3, change30d: 5 },
        vacancyPct: { value: 16.7, change30d: -25 },
        vacantUnits: { value: 1, change30d: -1 },
        noticeUnits: { value: 0, change30d: 0 },
        availableToRent: { value: 1, change30d: -1 },
      });
    });

    it('gives a user scoped to Parkside exactly what the admin sees for Parkside', async () => {
      const user = await signInUser();
      const scoped = await get(user, 'overview/kpi-tiles').expect(200);
      const adminsParkside = await get(admin, `overview/kpi-tiles?propertyIds=${parkside().id}`).expect(200);
      expect(scoped.body).toEqual(adminsParkside.body);
      expect(scoped.body).toMatchObject({ properties: 1, units: 4, occupancyPct: { value: 75, change30d: 5 } });
    });

    it('reports an earlier day with asOf', async () => {
      const { body } = await get(admin, 'overview/kpi-tiles?asOf=2026-10-15').expect(200);
      expect(body).toMatchObject({ asOf: '2026-10-01', properties: 1, occupancyPct: { value: 70, change30d: null } });
    });
  });

  describe('AR table', () => {
    it('lists the units that owe money, largest balance first, with the residents’ contact details', async () => {
      const { body } = await get(admin, 'delinquency/ar-table').expect(200);
      expect(body).toMatchObject({ total: 3, totalBalance: 6500, page: 1, pageSize: 25 });
      expect(body.items.map((row: { unitNumber: string }) => row.unitNumber)).toEqual(['H1', '101', '104']);
      expect(body.items[1]).toEqual({
        unitId: expect.any(String),
        propertyId: parkside().id,
        propertyName: 'Parkside',
        unitNumber: '101',
        residentName: 'Ada Park',
        residentEmail: 'ada@example.com',
        residentPhone: '(555) 010-0101',
        personalDataUnavailable: false,
        balance: 1200,
        daysPastDue: 45,
        agingBucket: '31-60',
        currentRent: 1450,
        leaseEnd: '2027-02-28',
      });
      expect(body.items[0].agingBucket).toBe('90+');
    });

    it('shows a scoped user only their property, sorted and paged as asked', async () => {
      const user = await signInUser();
      const { body } = await get(user, 'delinquency/ar-table?sort=unitNumber').expect(200);
      expect(body).toMatchObject({ total: 2, totalBalance: 1500 });
      expect(body.items.map((row: { unitNumber: string }) => row.unitNumber)).toEqual(['101', '104']);

      const pastTheEnd = await get(user, 'delinquency/ar-table?page=3&pageSize=1').expect(200);
      expect(pastTheEnd.body).toEqual({ items: [], total: 2, totalBalance: 1500, page: 3, pageSize: 1 });
    });
  });

  describe('the property list', () => {
    it('gives each property in scope its headline numbers and no personal data', async () => {
      const user = await signInUser();
      const { body } = await get(user, 'properties').expect(200);
      expect(body.items).toEqual([
        {
          id: parkside().id,
          name: 'Parkside',
          slug: 'parkside',
          city: null,
          state: null,
          unitCount: 4,
          occupancyPct: 75,
          leasedPct: 75,
          delinquentBalance: 1500,
          openWorkOrders: 0,
        },
      ]);
      const all = await get(admin, 'properties').expect(200);
      expect(all.body.items.map((item: { name: string }) => item.name)).toEqual([
        'Harbor View',
        'Maple Court',
        'Parkside',
      ]);
    });
  });

  describe('scope', () => {
    it('refuses a property outside the caller’s scope with 403 naming it', async () => {
      const user = await signInUser();
      const { body } = await get(user, `delinquency/ar-table?propertyIds=${parkside().id},${harborView().id}`).expect(
        403,
      );
      expect(body).toMatchObject({ code: 'PROPERTY_OUT_OF_SCOPE', message: expect.stringContaining(harborView().id) });
    });

    it('refuses another organization’s property even to an admin, as if it did not exist', async () => {
      const kairoiProperty = Object.values(kairoi)[0] as Property;
      const { body } = await get(admin, `overview/kpi-tiles?propertyIds=${kairoiProperty.id}`).expect(403);
      expect(body.message).toBe(`Property ${kairoiProperty.id} is outside your property scope`);
      const unknown = await get(admin, 'overview/kpi-tiles?propertyIds=00000000-0000-4000-8000-000000000000').expect(
        403,
      );
      expect(unknown.body.message).toBe('Property 00000000-0000-4000-8000-000000000000 is outside your property scope');
    });

    it('shows another organization none of this one’s data', async () => {
      const { body } = await get(kairoiAdmin, 'delinquency/ar-table').expect(200);
      expect(body).toMatchObject({ items: [], total: 0, totalBalance: 0 });
      const tiles = await get(kairoiAdmin, 'overview/kpi-tiles').expect(200);
      expect(tiles.body).toMatchObject({ asOf: null, properties: 0, units: 0 });
    });
  });

  describe('the permission tree', () => {
    const setTree = (body: object) =>
      http().put(`/api/admin/users/${userId}/permissions`).set(bearer(admin)).send(body).expect(200);

    afterEach(() => setTree({ tabs: { overview: true, delinquency: true }, views: { 'delinquency.ar_table': true } }));

    it('answers 403 for a hidden view and leaves the rest of its tab alone', async () => {
      await setTree({ views: { 'delinquency.ar_table': false } });
      const user = await signInUser();
      const { body } = await get(user, 'delinquency/ar-table').expect(403);
      expect(body.code).toBe('VIEW_NOT_PERMITTED');
      await get(user, 'overview/kpi-tiles').expect(200);
    });

    it('answers 403 for every view of a hidden tab', async () => {
      await setTree({ tabs: { overview: false } });
      const user = await signInUser();
      await get(user, 'overview/kpi-tiles').expect(403);
      await get(user, 'delinquency/ar-table').expect(200);
    });
  });

  describe('bad input', () => {
    it.each([
      ['delinquency/ar-table?sort=rent', 'sort must be one of balance, -balance'],
      ['delinquency/ar-table?pageSize=101', 'pageSize must not be greater than 100'],
      ['delinquency/ar-table?page=0', 'page must not be less than 1'],
      ['delinquency/ar-table?propertyIds=parkside', 'each of propertyIds must be a UUID'],
      ['overview/kpi-tiles?asOf=2026-02-30', 'asOf must be a valid calendar date'],
      ['overview/kpi-tiles?asOf=yesterday', 'asOf must be a date as YYYY-MM-DD'],
      ['overview/kpi-tiles?extra=1', 'property extra should not exist'],
    ])('%s → 400 saying what is wrong', async (path, message) => {
      const { body } = await get(admin, path).expect(400);
      expect(JSON.stringify(body)).toContain(message);
    });
  });
});
