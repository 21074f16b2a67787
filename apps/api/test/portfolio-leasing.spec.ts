import { insertMonthlyCounts } from './support/leasing-fixtures';
import { insertMetrics, insertUnits } from './support/portfolio-fixtures';
import { SignedIn } from './support/sessions';
import { TestApp } from './support/test-app';
import { isoDaysFromToday } from './support/test-clock';
import { startViewSpec, tabRoutes, ViewSpec } from './support/view-spec';

describe('portfolio leasing views', () => {
  let spec: ViewSpec;
  let testApp: TestApp;
  let admin: SignedIn;

  const parkside = () => spec.parkside;
  const harborView = () => spec.harborView;

  const { get, expectParksideScoped, expectBadRequest } = tabRoutes(() => spec, 'leasing');

  beforeAll(async () => {
    spec = await startViewSpec();
    ({ testApp, admin } = spec);

    const day = { occupancyPct: 90, vacant: 1 };
    await insertMetrics(testApp.dataSource, parkside(), [
      { metricDate: '2026-09-20', ...day, leads: 10, tours: 4, applications: 2, leasesSigned: 1 },
      { metricDate: '2026-10-05', ...day, leads: 20, tours: 6, applications: 3, leasesSigned: 2 },
      { metricDate: '2026-10-20', ...day, leads: 30, tours: 10, applications: 5, leasesSigned: 4 },
    ]);
    await insertMetrics(testApp.dataSource, harborView(), [
      { metricDate: '2026-09-10', ...day, leads: 8, tours: 2, applications: 1, leasesSigned: 1 },
      { metricDate: '2026-10-10', ...day, leads: 40, tours: 10, applications: 4, leasesSigned: 2 },
    ]);
    const twoBed = { floorplan: 'B2', bedrooms: 2 };
    await insertUnits(testApp.dataSource, parkside(), [
      { unitNumber: 'L1', status: 'occupied', renewalStatus: 'vacating', leaseEnd: isoDaysFromToday(5) },
      { unitNumber: 'L2', status: 'notice', leaseEnd: isoDaysFromToday(19) },
      { unitNumber: 'L3', status: 'occupied', ...twoBed, renewalStatus: 'pending', leaseEnd: isoDaysFromToday(9) },
      { unitNumber: 'L4', status: 'occupied', ...twoBed, renewalStatus: 'renewed', leaseEnd: isoDaysFromToday(12) },
      { unitNumber: 'L5', status: 'vacant', leaseStart: isoDaysFromToday(14) },
      { unitNumber: 'L6', status: 'vacant' },
      { unitNumber: 'L7', status: 'notice', ...twoBed, leaseEnd: isoDaysFromToday(-5) },
    ]);
    await insertUnits(testApp.dataSource, harborView(), [
      { unitNumber: 'HA', status: 'occupied', renewalStatus: 'vacating', leaseEnd: isoDaysFromToday(120) },
      { unitNumber: 'HB', status: 'vacant', ...twoBed, leaseStart: isoDaysFromToday(7) },
      { unitNumber: 'HC', status: 'occupied', ...twoBed },
    ]);
    const leads = (month: string, label: string, count: number) => ({
      kind: 'lead_source' as const,
      month,
      label,
      count,
    });
    await insertMonthlyCounts(testApp.dataSource, parkside(), [
      leads('2026-09-01', 'Zillow', 10),
      leads('2026-09-01', 'Website', 5),
      leads('2026-10-01', 'Zillow', 20),
      leads('2026-10-01', 'Referral', 5),
      { kind: 'move_out_reason', month: '2026-10-01', label: 'Relocation', count: 3 },
    ]);
    await insertMonthlyCounts(testApp.dataSource, harborView(), [
      leads('2026-08-01', 'Zillow', 100),
      leads('2026-10-01', 'Website', 15),
    ]);
  });

  afterAll(() => testApp.close());

  describe('funnel', () => {
    it('sums the funnel over the period and the period of equal length before it', async () => {
      const { body } = await get(admin, 'funnel?from=2026-10-01&to=2026-10-31').expect(200);
      expect(body).toEqual({
        from: '2026-10-01',
        to: '2026-10-31',
        current: { leads: 90, tours: 26, applications: 12, leasesSigned: 8 },
        previousFrom: '2026-08-31',
        previousTo: '2026-09-30',
        previous: { leads: 18, tours: 6, applications: 3, leasesSigned: 2 },
      });
    });

    it('gives a Parkside user the admin’s Parkside answer', async () => {
      const body = await expectParksideScoped('funnel?from=2026-10-01&to=2026-10-31');
      expect(body).toMatchObject({
        current: { leads: 50, tours: 16, applications: 8, leasesSigned: 6 },
        previous: { leads: 10, tours: 4, applications: 2, leasesSigned: 1 },
      });
    });

    it('defaults to the 30 days up to today', async () => {
      const { body } = await get(admin, 'funnel').expect(200);
      expect(body).toMatchObject({
        from: isoDaysFromToday(-29),
        to: isoDaysFromToday(0),
        previousFrom: isoDaysFromToday(-59),
        previousTo: isoDaysFromToday(-30),
      });
    });

    it('refuses from after to', () =>
      expectBadRequest('funnel?from=2026-10-31&to=2026-10-01', 'from (2026-10-31) must not be after to (2026-10-01)'));
  });

  describe('conversions', () => {
    const rates = (
      leads: number,
      tours: number,
      applications: number,
      leasesSigned: number,
      pcts: (number | null)[],
    ) => ({
      leads,
      tours,
      applications,
      leasesSigned,
      leadToTourPct: pcts[0],
      tourToApplicationPct: pcts[1],
      applicationToLeasePct: pcts[2],
      leadToLeasePct: pcts[3],
    });

    it('gives each month’s rates and the whole period’s, keeping empty months', async () => {
      const { body } = await get(admin, 'conversions?from=2026-08-15&to=2026-10-31').expect(200);
      expect(body).toEqual({
        from: '2026-08-15',
        to: '2026-10-31',
        overall: rates(108, 32, 15, 10, [29.6, 46.9, 66.7, 9.3]),
        months: [
          { month: '2026-08-01', ...rates(0, 0, 0, 0, [null, null, null, null]) },
          { month: '2026-09-01', ...rates(18, 6, 3, 2, [33.3, 50, 66.7, 11.1]) },
          { month: '2026-10-01', ...rates(90, 26, 12, 8, [28.9, 46.2, 66.7, 8.9]) },
        ],
      });
    });

    it('gives a Parkside user the admin’s Parkside answer', async () => {
      const body = await expectParksideScoped('conversions?from=2026-09-01&to=2026-10-31');
      expect(body).toMatchObject({
        overall: rates(60, 20, 10, 7, [33.3, 50, 70, 11.7]),
        months: [
          { month: '2026-09-01', ...rates(10, 4, 2, 1, [40, 50, 50, 10]) },
          { month: '2026-10-01', ...rates(50, 16, 8, 6, [32, 50, 75, 12]) },
        ],
      });
    });

    it('counts only the days within from/to of a partial month', async () => {
      const { body } = await get(admin, 'conversions?from=2026-10-06&to=2026-10-31').expect(200);
      expect(body.overall).toMatchObject({ leads: 70, tours: 20 });
    });

    it('refuses from after to', () =>
      expectBadRequest('conversions?from=2026-10-31&to=2026-10-01', 'from (2026-10-31) must not be after to'));
  });

  describe('forecast', () => {
    /** Week 1 starts the day after asOf; weeks 4 to 13 hold the last projection. */
    const weeks = (asOfOffset: number, changes: [number, number][], occupied: number[], pcts: number[]) =>
      Array.from({ length: 13 }, (_, index) => ({
        week: index + 1,
        weekStart: isoDaysFromToday(asOfOffset + 7 * index + 1),
        weekEnd: isoDaysFromToday(asOfOffset + 7 * index + 7),
        moveOuts: changes[index]?.[0] ?? 0,
        moveIns: changes[index]?.[1] ?? 0,
        projectedOccupied: occupied[Math.min(index, occupied.length - 1)],
        projectedOccupancyPct: pcts[Math.min(index, pcts.length - 1)],
      }));

    it('projects occupancy from the known move-outs and move-ins, week by week', async () => {
      const { body } = await get(admin, 'forecast').expect(200);
      expect(body).toEqual({
        asOf: isoDaysFromToday(0),
        units: 10,
        occupiedNow: 7,
        occupancyPctNow: 70,
        weeks: weeks(
          0,
          [
            [2, 1],
            [0, 1],
            [1, 0],
          ],
          [6, 7, 6],
          [60, 70, 60],
        ),
      });
    });

    it('gives a Parkside user the admin’s Parkside answer', async () => {
      const body = await expectParksideScoped('forecast');
      expect(body).toEqual({
        asOf: isoDaysFromToday(0),
        units: 7,
        occupiedNow: 5,
        occupancyPctNow: 71.4,
        weeks: weeks(
          0,
          [
            [2, 0],
            [0, 1],
            [1, 0],
          ],
          [3, 4, 3],
          [42.9, 57.1, 42.9],
        ),
      });
    });

    it('starts from asOf', async () => {
      const { body } = await get(admin, `forecast?asOf=${isoDaysFromToday(-7)}`).expect(200);
      expect(body.weeks).toEqual(
        weeks(
          -7,
          [
            [1, 0],
            [1, 1],
            [0, 1],
            [1, 0],
          ],
          [6, 6, 7, 6],
          [60, 60, 70, 60],
        ),
      );
    });

    it('refuses an impossible asOf', () =>
      expectBadRequest('forecast?asOf=2026-02-29', 'asOf must be a valid calendar date'));
  });

  describe('availability by floorplan', () => {
    it('counts each floorplan’s vacant, notice, available and pre-leased units', async () => {
      const { body } = await get(admin, 'floorplan-avail').expect(200);
      expect(body.items).toEqual([
        { floorplan: 'A1', total: 5, vacant: 2, notice: 1, availableToRent: 2, preLeased: 1 },
        { floorplan: 'B2', total: 5, vacant: 1, notice: 1, availableToRent: 1, preLeased: 1 },
      ]);
    });

    it('gives a Parkside user the admin’s Parkside answer', async () => {
      const body = await expectParksideScoped('floorplan-avail');
      expect(body['items']).toEqual([
        { floorplan: 'A1', total: 4, vacant: 2, notice: 1, availableToRent: 2, preLeased: 1 },
        { floorplan: 'B2', total: 3, vacant: 0, notice: 1, availableToRent: 1, preLeased: 0 },
      ]);
    });

    it('refuses a malformed property id', () =>
      expectBadRequest('floorplan-avail?propertyIds=1', 'each of propertyIds must be a UUID'));
  });

  describe('lead sources', () => {
    it('counts the funnel’s leads of the same days, split by each month’s mix of sources', async () => {
      const { body } = await get(admin, 'marketing?from=2026-09-10&to=2026-10-31').expect(200);
      // Sep 10–30: Parkside's 10 leads split Zillow 10 : Website 5, 6.67 and 3.33; Harbor View's 8
      // have no source counts. Whole: 6 + 3 + 8 = 17, and the one left goes to Zillow's 0.67.
      // October: Parkside's 50 split Zillow 20 : Referral 5, 40 and 10; Harbor View's 40 all Website.
      expect(body).toEqual({
        from: '2026-09-10',
        to: '2026-10-31',
        total: 108,
        sources: [
          { source: 'Zillow', leads: 47, sharePct: 43.5 },
          { source: 'Website', leads: 43, sharePct: 39.8 },
          { source: 'Referral', leads: 10, sharePct: 9.3 },
          { source: 'Not recorded', leads: 8, sharePct: 7.4 },
        ],
        months: [
          {
            month: '2026-09-01',
            total: 18,
            sources: [
              { source: 'Zillow', leads: 7 },
              { source: 'Website', leads: 3 },
              { source: 'Not recorded', leads: 8 },
            ],
          },
          {
            month: '2026-10-01',
            total: 90,
            sources: [
              { source: 'Website', leads: 40 },
              { source: 'Zillow', leads: 40 },
              { source: 'Referral', leads: 10 },
            ],
          },
        ],
      });
      const funnel = await get(admin, 'funnel?from=2026-09-10&to=2026-10-31').expect(200);
      expect(funnel.body.current.leads).toBe(body.total);
    });

    it('counts only the days within from/to of a partial month', async () => {
      const { body } = await get(admin, 'marketing?from=2026-10-06&to=2026-10-31').expect(200);
      // Parkside's 30 leads of Oct 20 split 0.8 : 0.2, and Harbor View's 40 of Oct 10 all Website.
      expect(body).toMatchObject({
        total: 70,
        sources: [
          { source: 'Website', leads: 40, sharePct: 57.1 },
          { source: 'Zillow', leads: 24, sharePct: 34.3 },
          { source: 'Referral', leads: 6, sharePct: 8.6 },
        ],
      });
    });

    it('gives a Parkside user the admin’s Parkside answer', async () => {
      const body = await expectParksideScoped('marketing?from=2026-09-10&to=2026-10-31');
      expect(body).toMatchObject({
        total: 60,
        sources: [
          { source: 'Zillow', leads: 47, sharePct: 78.3 },
          { source: 'Referral', leads: 10, sharePct: 16.7 },
          { source: 'Website', leads: 3, sharePct: 5 },
        ],
        months: [
          { month: '2026-09-01', total: 10 },
          {
            month: '2026-10-01',
            total: 50,
            sources: [
              { source: 'Zillow', leads: 40 },
              { source: 'Referral', leads: 10 },
            ],
          },
        ],
      });
    });

    it('answers a period without leads with zeros and empty months', async () => {
      const { body } = await get(admin, 'marketing?from=2026-11-01&to=2026-11-30').expect(200);
      expect(body).toMatchObject({ total: 0, sources: [], months: [{ month: '2026-11-01', total: 0, sources: [] }] });
    });

    it('refuses from after to', () =>
      expectBadRequest('marketing?from=2026-10-31&to=2026-09-10', 'from (2026-10-31) must not be after to'));
  });
});
