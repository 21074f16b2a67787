import { insertMonthlyCounts } from './support/leasing-fixtures';
import { insertUnits } from './support/portfolio-fixtures';
import { SignedIn } from './support/sessions';
import { TestApp } from './support/test-app';
import { isoDaysFromToday } from './support/test-clock';
import { startViewSpec, tabRoutes, ViewSpec } from './support/view-spec';

describe('portfolio renewals views', () => {
  let spec: ViewSpec;
  let testApp: TestApp;
  let admin: SignedIn;

  const parkside = () => spec.parkside;
  const harborView = () => spec.harborView;
  const window = 'from=2027-01-01&to=2027-03-31';

  const { get, expectParksideScoped, expectBadRequest } = tabRoutes(() => spec, 'renewals');

  beforeAll(async () => {
    spec = await startViewSpec();
    ({ testApp, admin } = spec);

    await insertUnits(testApp.dataSource, parkside(), [
      {
        unitNumber: 'R1',
        status: 'occupied',
        renewalStatus: 'renewed',
        leaseEnd: '2027-01-10',
        residentName: 'Rita Renew',
        residentEmail: 'rita@example.com',
        residentPhone: '(555) 010-0001',
        currentRent: 1450,
        marketRent: 1550,
      },
      {
        unitNumber: 'R2',
        status: 'occupied',
        renewalStatus: 'vacating',
        leaseEnd: '2027-01-20',
        residentName: 'Vic Vacate',
        currentRent: 1600,
      },
      { unitNumber: 'R3', status: 'notice', leaseEnd: '2027-02-05', residentName: 'Nora Notice', currentRent: 1300 },
      { unitNumber: 'R4', status: 'occupied', renewalStatus: 'pending', leaseEnd: '2027-02-20', currentRent: 1500 },
      { unitNumber: 'R5', status: 'occupied', leaseEnd: '2027-05-15' },
      { unitNumber: 'R6', status: 'vacant', leaseEnd: '2027-01-05' },
      { unitNumber: 'R7', status: 'occupied', renewalStatus: 'renewed', leaseEnd: '2026-12-20' },
    ]);
    await insertUnits(testApp.dataSource, harborView(), [
      {
        unitNumber: 'S1',
        status: 'occupied',
        renewalStatus: 'renewed',
        leaseEnd: '2027-01-15',
        residentName: 'Sam Harbor',
        currentRent: 2000,
      },
      { unitNumber: 'S2', status: 'occupied', renewalStatus: 'pending', leaseEnd: '2027-08-01' },
    ]);
    const moveOuts = (month: string, label: string, count: number) => ({
      kind: 'move_out_reason' as const,
      month,
      label,
      count,
    });
    await insertMonthlyCounts(testApp.dataSource, parkside(), [
      moveOuts('2026-09-01', 'Relocation', 4),
      moveOuts('2026-09-01', 'Purchase', 2),
      moveOuts('2026-10-01', 'Relocation', 2),
      moveOuts('2026-10-01', 'Rent increase', 2),
      moveOuts('2026-08-01', 'Relocation', 50),
      { kind: 'lead_source', month: '2026-10-01', label: 'Zillow', count: 40 },
    ]);
    await insertMonthlyCounts(testApp.dataSource, harborView(), [moveOuts('2026-10-01', 'Purchase', 6)]);
  });

  afterAll(() => testApp.close());

  describe('summary', () => {
    it('counts what becomes of the leases ending in the window', async () => {
      const { body } = await get(admin, `summary?${window}`).expect(200);
      expect(body).toEqual({
        from: '2027-01-01',
        to: '2027-03-31',
        expiring: 5,
        renewed: 2,
        vacating: 2,
        pending: 1,
        renewalRatePct: 40,
      });
    });

    it('gives a Parkside user the admin’s Parkside answer', async () => {
      const body = await expectParksideScoped(`summary?${window}`);
      expect(body).toMatchObject({ expiring: 4, renewed: 1, vacating: 2, pending: 1, renewalRatePct: 25 });
    });

    it('looks 90 days ahead by default, and from a given from', async () => {
      const { body } = await get(admin, 'summary').expect(200);
      expect(body).toMatchObject({ from: isoDaysFromToday(0), to: isoDaysFromToday(89) });
      const later = await get(admin, 'summary?from=2027-01-01').expect(200);
      expect(later.body).toMatchObject({ from: '2027-01-01', to: '2027-03-31', expiring: 5 });
    });

    it('answers a window without endings with a null rate', async () => {
      const { body } = await get(admin, 'summary?from=2027-04-01&to=2027-04-30').expect(200);
      expect(body).toMatchObject({ expiring: 0, renewed: 0, vacating: 0, pending: 0, renewalRatePct: null });
    });

    it('refuses from after to', () =>
      expectBadRequest('summary?from=2027-03-31&to=2027-01-01', 'from (2027-03-31) must not be after to (2027-01-01)'));
  });

  describe('drill-through', () => {
    const unitNumbers = (body: { items: { unitNumber: string }[] }) => body.items.map((row) => row.unitNumber);

    it('lists the leases ending in the window, soonest first, with the residents’ contact details', async () => {
      const { body } = await get(admin, `drillthrough?${window}`).expect(200);
      expect(body).toMatchObject({ from: '2027-01-01', to: '2027-03-31', total: 5, page: 1, pageSize: 25 });
      expect(unitNumbers(body)).toEqual(['R1', 'S1', 'R2', 'R3', 'R4']);
      expect(body.items[0]).toEqual({
        unitId: expect.any(String),
        propertyId: parkside().id,
        propertyName: 'Parkside',
        unitNumber: 'R1',
        residentName: 'Rita Renew',
        residentEmail: 'rita@example.com',
        residentPhone: '(555) 010-0001',
        personalDataUnavailable: false,
        leaseEnd: '2027-01-10',
        currentRent: 1450,
        marketRent: 1550,
        renewalStatus: 'renewed',
      });
      expect(body.items[3]).toMatchObject({ unitNumber: 'R3', renewalStatus: 'vacating' });
    });

    it('filters by renewal status, sorts and pages as asked', async () => {
      const vacating = await get(admin, `drillthrough?${window}&status=vacating&sort=-currentRent`).expect(200);
      expect(vacating.body).toMatchObject({ total: 2 });
      // Every status is counted whatever the filter, for the status toggles.
      expect(vacating.body.countsByStatus).toEqual([
        { status: 'renewed', count: 2 },
        { status: 'vacating', count: 2 },
        { status: 'pending', count: 1 },
      ]);
      expect(unitNumbers(vacating.body)).toEqual(['R2', 'R3']);

      const page = await get(admin, `drillthrough?${window}&sort=-propertyName&page=2&pageSize=4`).expect(200);
      expect(page.body).toMatchObject({ total: 5, page: 2, pageSize: 4 });
      expect(unitNumbers(page.body)).toEqual(['S1']);

      const pastTheEnd = await get(admin, `drillthrough?${window}&status=pending&page=3&pageSize=1`).expect(200);
      expect(pastTheEnd.body).toMatchObject({ items: [], total: 1, page: 3, pageSize: 1 });
    });

    it('gives a Parkside user the admin’s Parkside answer', async () => {
      const body = await expectParksideScoped(`drillthrough?${window}&sort=-leaseEnd`);
      expect(body).toMatchObject({ total: 4 });
      expect(unitNumbers(body as never)).toEqual(['R4', 'R3', 'R2', 'R1']);
    });

    it.each([
      ['drillthrough?status=moving', 'status must be one of renewed, vacating, pending'],
      ['drillthrough?sort=email', 'sort must be one of leaseEnd, -leaseEnd'],
      ['drillthrough?from=2027-03-31&to=2027-01-01', 'from (2027-03-31) must not be after to (2027-01-01)'],
      ['drillthrough?pageSize=500', 'pageSize must not be greater than 100'],
    ])('%s → 400', (path, message) => expectBadRequest(path, message));
  });

  describe('move-out reasons', () => {
    it('gives each reason’s move-outs and share over the months of the period', async () => {
      const { body } = await get(admin, 'move-out?from=2026-09-15&to=2026-10-31').expect(200);
      expect(body).toEqual({
        from: '2026-09-15',
        to: '2026-10-31',
        total: 16,
        reasons: [
          { reason: 'Purchase', moveOuts: 8, sharePct: 50 },
          { reason: 'Relocation', moveOuts: 6, sharePct: 37.5 },
          { reason: 'Rent increase', moveOuts: 2, sharePct: 12.5 },
        ],
      });
    });

    it('gives a Parkside user the admin’s Parkside answer', async () => {
      const body = await expectParksideScoped('move-out?from=2026-09-15&to=2026-10-31');
      expect(body).toMatchObject({
        total: 10,
        reasons: [
          { reason: 'Relocation', moveOuts: 6, sharePct: 60 },
          { reason: 'Purchase', moveOuts: 2, sharePct: 20 },
          { reason: 'Rent increase', moveOuts: 2, sharePct: 20 },
        ],
      });
    });

    it('answers a period without counts with zero', async () => {
      const { body } = await get(admin, 'move-out?from=2025-01-01&to=2025-01-31').expect(200);
      expect(body).toMatchObject({ total: 0, reasons: [] });
    });

    it('refuses from after to', () =>
      expectBadRequest('move-out?from=2026-10-31&to=2026-09-15', 'from (2026-10-31) must not be after to'));
  });

  describe('expiration chart', () => {
    const months = (counts: Record<string, [number, number, number, number]>) =>
      [
        '2026-12',
        '2027-01',
        '2027-02',
        '2027-03',
        '2027-04',
        '2027-05',
        '2027-06',
        '2027-07',
        '2027-08',
        '2027-09',
        '2027-10',
        '2027-11',
      ].map((month) => {
        const [expiring, renewed, vacating, pending] = counts[month] ?? [0, 0, 0, 0];
        return { month: `${month}-01`, expiring, renewed, vacating, pending };
      });

    it('counts the leases expiring in each of the next 12 months by outcome', async () => {
      const { body } = await get(admin, 'expiration-chart?asOf=2026-12-15').expect(200);
      expect(body).toEqual({
        from: '2026-12-01',
        to: '2027-11-30',
        months: months({
          '2026-12': [1, 1, 0, 0],
          '2027-01': [3, 2, 1, 0],
          '2027-02': [2, 0, 1, 1],
          '2027-05': [1, 0, 0, 1],
          '2027-08': [1, 0, 0, 1],
        }),
      });
    });

    it('gives a Parkside user the admin’s Parkside answer', async () => {
      const body = await expectParksideScoped('expiration-chart?asOf=2026-12-15');
      expect(body['months']).toEqual(
        months({ '2026-12': [1, 1, 0, 0], '2027-01': [2, 1, 1, 0], '2027-02': [2, 0, 1, 1], '2027-05': [1, 0, 0, 1] }),
      );
    });

    it('starts with the current month by default', async () => {
      const { body } = await get(admin, 'expiration-chart').expect(200);
      expect(body.from).toBe(`${isoDaysFromToday(0).slice(0, 7)}-01`);
      expect(body.months).toHaveLength(12);
    });

    it('refuses a malformed asOf', () =>
      expectBadRequest('expiration-chart?asOf=12/15/2026', 'asOf must be a date as YYYY-MM-DD'));
  });
});
