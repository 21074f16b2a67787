import { insertComps } from './support/overview-fixtures';
import { insertMetrics, insertUnits } from './support/portfolio-fixtures';
import { SignedIn, signIn } from './support/sessions';
import { KAIROI_ADMIN, TestApp } from './support/test-app';
import { isoDaysFromToday } from './support/test-clock';
import { startViewSpec, tabRoutes, ViewSpec } from './support/view-spec';

describe('portfolio overview views', () => {
  let spec: ViewSpec;
  let testApp: TestApp;
  let admin: SignedIn;

  const parkside = () => spec.parkside;
  const harborView = () => spec.harborView;

  const { get, expectParksideScoped } = tabRoutes(() => spec, 'overview');

  beforeAll(async () => {
    spec = await startViewSpec();
    ({ testApp, admin } = spec);

    const twoBed = { floorplan: 'B2', bedrooms: 2, bathrooms: 2, squareFeet: 1000, marketRent: 2000 };
    const studio = { floorplan: 'S0', bedrooms: 0, squareFeet: 500 };
    await insertUnits(testApp.dataSource, parkside(), [
      {
        unitNumber: 'P1',
        status: 'occupied',
        currentRent: 1450,
        previousRent: 1400,
        leaseStart: '2026-10-01',
        residentName: 'Ann One',
      },
      {
        unitNumber: 'P2',
        status: 'occupied',
        ...twoBed,
        currentRent: 2100,
        previousRent: 2000,
        leaseStart: '2026-06-15',
      },
      { unitNumber: 'P3', status: 'vacant' },
      { unitNumber: 'P4', status: 'notice', currentRent: 1500, leaseStart: '2025-12-01' },
      // Leased ahead: its signed rent is no current rent yet.
      { unitNumber: 'P5', status: 'vacant', ...twoBed, leaseStart: isoDaysFromToday(10), currentRent: 2300 },
      { unitNumber: 'P6', status: 'down', ...studio, marketRent: 1100 },
    ]);
    await insertUnits(testApp.dataSource, harborView(), [
      {
        unitNumber: 'H1',
        status: 'occupied',
        ...twoBed,
        marketRent: 2200,
        currentRent: 2150,
        previousRent: 2300,
        leaseStart: '2026-10-20',
      },
      {
        unitNumber: 'H2',
        status: 'occupied',
        marketRent: 1600,
        currentRent: 1600,
        previousRent: 1500,
        leaseStart: '2025-01-01',
      },
      { unitNumber: 'H3', status: 'model', ...studio, marketRent: 1200 },
    ]);
    await insertMetrics(testApp.dataSource, parkside(), [
      { metricDate: '2026-09-15', occupancyPct: 60, leasedPct: 70, vacant: 2, availableToRent: 3 },
      { metricDate: '2026-09-16', occupancyPct: 62, leasedPct: 72, vacant: 2, availableToRent: 2 },
      { metricDate: '2026-11-05', occupancyPct: 50, leasedPct: 60, vacant: 2, availableToRent: 3 },
    ]);
    await insertMetrics(testApp.dataSource, harborView(), [
      { metricDate: '2026-09-15', occupancyPct: 90, leasedPct: 100, vacant: 0, availableToRent: 1 },
      { metricDate: '2026-11-02', occupancyPct: 100, leasedPct: 100, vacant: 0, availableToRent: 0 },
    ]);
    await insertComps(testApp.dataSource, parkside(), [
      { name: 'Elm Flats', distanceMiles: 1.2, occupancyPct: 93.5, averageRent: 1550 },
      { name: 'Oak Row', distanceMiles: 0.8, occupancyPct: 96, averageRent: 1700 },
    ]);
    await insertComps(testApp.dataSource, harborView(), [
      { name: 'Pier 9', distanceMiles: 2.5, occupancyPct: 90, averageRent: 2000 },
    ]);
  });

  afterAll(() => testApp.close());

  describe('bedroom table', () => {
    it('breaks the portfolio down by bedroom count with an all-units total', async () => {
      const { body } = await get(admin, 'bedroom-table').expect(200);
      expect(body).toEqual({
        items: [
          {
            bedrooms: 0,
            units: 2,
            occupied: 0,
            vacant: 0,
            notice: 0,
            occupancyPct: 0,
            avgSquareFeet: 500,
            avgMarketRent: 1150,
            avgCurrentRent: null,
          },
          {
            bedrooms: 1,
            units: 4,
            occupied: 2,
            vacant: 1,
            notice: 1,
            occupancyPct: 75,
            avgSquareFeet: 700,
            avgMarketRent: 1525,
            avgCurrentRent: 1516.67,
          },
          {
            bedrooms: 2,
            units: 3,
            occupied: 2,
            vacant: 1,
            notice: 0,
            occupancyPct: 66.7,
            avgSquareFeet: 1000,
            avgMarketRent: 2066.67,
            avgCurrentRent: 2125,
          },
        ],
        total: {
          units: 9,
          occupied: 4,
          vacant: 2,
          notice: 1,
          occupancyPct: 55.6,
          avgSquareFeet: 755.6,
          avgMarketRent: 1622.22,
          avgCurrentRent: 1760,
        },
      });
    });

    it('gives a Parkside user the admin’s Parkside answer', async () => {
      const body = await expectParksideScoped('bedroom-table');
      expect(body['total']).toMatchObject({ units: 6, occupied: 2, vacant: 2, notice: 1, occupancyPct: 50 });
    });

    it('answers an empty portfolio with zero units', async () => {
      const kairoiAdmin = await signIn(testApp, KAIROI_ADMIN);
      const { body } = await get(kairoiAdmin, 'bedroom-table').expect(200);
      expect(body).toEqual({
        items: [],
        total: {
          units: 0,
          occupied: 0,
          vacant: 0,
          notice: 0,
          occupancyPct: null,
          avgSquareFeet: null,
          avgMarketRent: null,
          avgCurrentRent: null,
        },
      });
    });

    it('refuses a malformed property id', async () => {
      const { body } = await get(admin, 'bedroom-table?propertyIds=parkside').expect(400);
      expect(JSON.stringify(body)).toContain('each of propertyIds must be a UUID');
    });
  });

  describe('occupancy trend', () => {
    it('weights each month’s property-days by unit count and keeps empty months', async () => {
      const { body } = await get(admin, 'occ-trend?from=2026-09-01&to=2026-11-30').expect(200);
      expect(body).toEqual({
        from: '2026-09-01',
        to: '2026-11-30',
        interval: 'month',
        points: [
          { periodStart: '2026-09-01', periodEnd: '2026-09-30', occupancyPct: 66.8, leasedPct: 76.8 },
          { periodStart: '2026-10-01', periodEnd: '2026-10-31', occupancyPct: null, leasedPct: null },
          { periodStart: '2026-11-01', periodEnd: '2026-11-30', occupancyPct: 66.7, leasedPct: 73.3 },
        ],
      });
    });

    it('clips the first and last month to the period, and names them by their real days', async () => {
      const { body } = await get(admin, 'occ-trend?from=2026-09-16&to=2026-11-03').expect(200);
      // Sep 16–30 holds Parkside's Sep 16 alone (62 %, 72 % leased), Nov 1–3 Harbor View's Nov 2.
      expect(body.points).toEqual([
        { periodStart: '2026-09-16', periodEnd: '2026-09-30', occupancyPct: 62, leasedPct: 72 },
        { periodStart: '2026-10-01', periodEnd: '2026-10-31', occupancyPct: null, leasedPct: null },
        { periodStart: '2026-11-01', periodEnd: '2026-11-03', occupancyPct: 100, leasedPct: 100 },
      ]);
    });

    it('buckets by week starting Monday, the first and last week clipped to the period', async () => {
      // Sunday Nov 1 is the last day of the week of Oct 26, and Sunday Nov 8 of the week of Nov 2.
      const { body } = await get(admin, 'occ-trend?from=2026-11-01&to=2026-11-08&interval=week').expect(200);
      expect(body.points).toEqual([
        { periodStart: '2026-11-01', periodEnd: '2026-11-01', occupancyPct: null, leasedPct: null },
        { periodStart: '2026-11-02', periodEnd: '2026-11-08', occupancyPct: 66.7, leasedPct: 73.3 },
      ]);
      const clipped = await get(admin, 'occ-trend?from=2026-11-04&to=2026-11-05&interval=week').expect(200);
      expect(clipped.body.points).toEqual([
        { periodStart: '2026-11-04', periodEnd: '2026-11-05', occupancyPct: 50, leasedPct: 60 },
      ]);
    });

    it('gives a Parkside user the admin’s Parkside answer', async () => {
      const body = await expectParksideScoped('occ-trend?from=2026-09-01&to=2026-11-30');
      expect(body['points']).toEqual([
        { periodStart: '2026-09-01', periodEnd: '2026-09-30', occupancyPct: 61, leasedPct: 71 },
        { periodStart: '2026-10-01', periodEnd: '2026-10-31', occupancyPct: null, leasedPct: null },
        { periodStart: '2026-11-01', periodEnd: '2026-11-30', occupancyPct: 50, leasedPct: 60 },
      ]);
    });

    it('defaults to the 365 days up to today', async () => {
      const { body } = await get(admin, 'occ-trend').expect(200);
      expect(body).toMatchObject({ from: isoDaysFromToday(-364), to: isoDaysFromToday(0) });
    });

    it.each([
      ['occ-trend?from=2026-11-02&to=2026-11-01', 'from (2026-11-02) must not be after to (2026-11-01)'],
      ['occ-trend?interval=day', 'interval must be one of week, month'],
      ['occ-trend?to=2026-13-01', 'to must be a valid calendar date'],
    ])('%s → 400', async (path, message) => {
      const { body } = await get(admin, path).expect(400);
      expect(JSON.stringify(body)).toContain(message);
    });
  });

  describe('availability', () => {
    it('buckets the units now and sums available to rent per day', async () => {
      const { body } = await get(admin, 'availability?from=2026-09-15&to=2026-09-17').expect(200);
      expect(body).toEqual({
        now: { vacantReady: 1, vacantPreLeased: 1, downOrModel: 2, noticeUnrented: 1, availableToRent: 2 },
        from: '2026-09-15',
        to: '2026-09-17',
        trend: [
          { date: '2026-09-15', availableToRent: 4, properties: 2 },
          { date: '2026-09-16', availableToRent: 2, properties: 1 },
          { date: '2026-09-17', availableToRent: null, properties: 0 },
        ],
      });
    });

    it('gives a Parkside user the admin’s Parkside answer', async () => {
      const body = await expectParksideScoped('availability?from=2026-09-15&to=2026-09-16');
      expect(body).toMatchObject({
        now: { vacantReady: 1, vacantPreLeased: 1, downOrModel: 1, noticeUnrented: 1, availableToRent: 2 },
        trend: [
          { date: '2026-09-15', availableToRent: 3, properties: 1 },
          { date: '2026-09-16', availableToRent: 2, properties: 1 },
        ],
      });
    });

    it('defaults to the 90 days up to today', async () => {
      const { body } = await get(admin, 'availability').expect(200);
      expect(body).toMatchObject({ from: isoDaysFromToday(-89), to: isoDaysFromToday(0) });
      expect(body.trend).toHaveLength(90);
    });

    it.each([
      ['availability?from=2026-09-17&to=2026-09-15', 'from (2026-09-17) must not be after to (2026-09-15)'],
      ['availability?from=2020-01-01&to=2026-09-15', 'longer than the maximum of five years'],
      ['availability?from=15.09.2026', 'from must be a date as YYYY-MM-DD'],
    ])('%s → 400', async (path, message) => {
      const { body } = await get(admin, path).expect(400);
      expect(JSON.stringify(body)).toContain(message);
    });
  });

  describe('unit mix', () => {
    it('prices each floorplan and gives its occupancy', async () => {
      const { body } = await get(admin, 'unit-mix').expect(200);
      expect(body.items).toEqual([
        {
          floorplan: 'S0',
          bedrooms: 0,
          bathrooms: 1,
          units: 2,
          avgSquareFeet: 500,
          avgMarketRent: 1150,
          avgCurrentRent: null,
          marketRentPerSqFt: 2.3,
          currentRentPerSqFt: null,
          occupancyPct: 0,
        },
        {
          floorplan: 'A1',
          bedrooms: 1,
          bathrooms: 1,
          units: 4,
          avgSquareFeet: 700,
          avgMarketRent: 1525,
          avgCurrentRent: 1516.67,
          marketRentPerSqFt: 2.18,
          currentRentPerSqFt: 2.17,
          occupancyPct: 75,
        },
        {
          floorplan: 'B2',
          bedrooms: 2,
          bathrooms: 2,
          units: 3,
          avgSquareFeet: 1000,
          avgMarketRent: 2066.67,
          avgCurrentRent: 2125,
          marketRentPerSqFt: 2.07,
          currentRentPerSqFt: 2.13,
          occupancyPct: 66.7,
        },
      ]);
    });

    it('gives a Parkside user the admin’s Parkside answer', async () => {
      const body = await expectParksideScoped('unit-mix');
      expect(body['items']).toEqual([
        {
          floorplan: 'S0',
          bedrooms: 0,
          bathrooms: 1,
          units: 1,
          avgSquareFeet: 500,
          avgMarketRent: 1100,
          avgCurrentRent: null,
          marketRentPerSqFt: 2.2,
          currentRentPerSqFt: null,
          occupancyPct: 0,
        },
        {
          floorplan: 'A1',
          bedrooms: 1,
          bathrooms: 1,
          units: 3,
          avgSquareFeet: 700,
          avgMarketRent: 1500,
          avgCurrentRent: 1475,
          marketRentPerSqFt: 2.14,
          currentRentPerSqFt: 2.11,
          occupancyPct: 66.7,
        },
        {
          floorplan: 'B2',
          bedrooms: 2,
          bathrooms: 2,
          units: 2,
          avgSquareFeet: 1000,
          avgMarketRent: 2000,
          avgCurrentRent: 2100,
          marketRentPerSqFt: 2,
          currentRentPerSqFt: 2.1,
          occupancyPct: 50,
        },
      ]);
    });

    it('refuses an unknown query parameter', async () => {
      const { body } = await get(admin, 'unit-mix?floorplan=A1').expect(400);
      expect(JSON.stringify(body)).toContain('property floorplan should not exist');
    });
  });

  describe('market comps', () => {
    const parksideComps = () => ({
      propertyId: parkside().id,
      propertyName: 'Parkside',
      averageCurrentRent: 1683.33,
      occupancyPct: 50,
      compAverageRent: 1625,
      comps: [
        { name: 'Oak Row', distanceMiles: 0.8, occupancyPct: 96, averageRent: 1700 },
        { name: 'Elm Flats', distanceMiles: 1.2, occupancyPct: 93.5, averageRent: 1550 },
      ],
    });

    it('lists each property’s comps, nearest first, next to its own rent and occupancy', async () => {
      const { body } = await get(admin, 'market-comps').expect(200);
      expect(body.items).toEqual([
        {
          propertyId: harborView().id,
          propertyName: 'Harbor View',
          averageCurrentRent: 1875,
          occupancyPct: 66.7,
          compAverageRent: 2000,
          comps: [{ name: 'Pier 9', distanceMiles: 2.5, occupancyPct: 90, averageRent: 2000 }],
        },
        parksideComps(),
      ]);
    });

    it('gives a Parkside user the admin’s Parkside answer', async () => {
      const body = await expectParksideScoped('market-comps');
      expect(body['items']).toEqual([parksideComps()]);
    });

    it('refuses a malformed property id among good ones', async () => {
      const { body } = await get(admin, `market-comps?propertyIds=${parkside().id},nope`).expect(400);
      expect(JSON.stringify(body)).toContain('each of propertyIds must be a UUID');
    });
  });

  describe('trade-outs', () => {
    const window = 'from=2026-06-01&to=2026-10-31';
    const p1 = () => ({
      unitId: expect.any(String),
      propertyId: parkside().id,
      propertyName: 'Parkside',
      unitNumber: 'P1',
      floorplan: 'A1',
      leaseStart: '2026-10-01',
      previousRent: 1400,
      newRent: 1450,
      change: 50,
      changePct: 3.6,
    });

    it('lists the period’s new leases against their previous rent, newest first, with the average change', async () => {
      const { body } = await get(admin, `trade-outs?${window}`).expect(200);
      expect(body).toMatchObject({
        from: '2026-06-01',
        to: '2026-10-31',
        total: 3,
        averageChange: 0,
        averageChangePct: 0.7,
        page: 1,
        pageSize: 25,
      });
      expect(body.items.map((row: { unitNumber: string }) => row.unitNumber)).toEqual(['H1', 'P1', 'P2']);
      expect(body.items[0]).toMatchObject({ previousRent: 2300, newRent: 2150, change: -150, changePct: -6.5 });
      expect(body.items[1]).toEqual(p1());
      expect(JSON.stringify(body)).not.toContain('Ann One');
    });

    it('sorts and pages as asked, keeping the totals of every page', async () => {
      const { body } = await get(admin, `trade-outs?${window}&sort=change&page=2&pageSize=2`).expect(200);
      expect(body).toMatchObject({ total: 3, averageChange: 0, page: 2, pageSize: 2 });
      expect(body.items.map((row: { unitNumber: string }) => row.unitNumber)).toEqual(['P2']);

      const pastTheEnd = await get(admin, `trade-outs?${window}&page=5&pageSize=1`).expect(200);
      expect(pastTheEnd.body).toMatchObject({ items: [], total: 3, averageChange: 0, averageChangePct: 0.7 });
    });

    it('gives a Parkside user the admin’s Parkside answer', async () => {
      const body = await expectParksideScoped(`trade-outs?${window}&sort=-changePct`);
      expect(body).toMatchObject({ total: 2, averageChange: 75, averageChangePct: 4.3 });
      expect(body['items']).toEqual([expect.objectContaining({ unitNumber: 'P2', changePct: 5 }), p1()]);
    });

    it.each([
      ['trade-outs?sort=resident', 'sort must be one of leaseStart, -leaseStart'],
      ['trade-outs?from=2026-10-31&to=2026-06-01', 'from (2026-10-31) must not be after to (2026-06-01)'],
      ['trade-outs?pageSize=0', 'pageSize must not be less than 1'],
      ['trade-outs?page=x', 'page must be a whole number'],
    ])('%s → 400', async (path, message) => {
      const { body } = await get(admin, path).expect(400);
      expect(JSON.stringify(body)).toContain(message);
    });
  });
});
