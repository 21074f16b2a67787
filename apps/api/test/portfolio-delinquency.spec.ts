import { insertEvictions, insertFormerResidents } from './support/delinquency-fixtures';
import { insertUnits } from './support/portfolio-fixtures';
import { isoDaysFromToday } from './support/test-clock';
import { expectParksideUserSeesAdminsParkside, startViewSpec, ViewSpec } from './support/view-spec';

describe('portfolio delinquency views', () => {
  let spec: ViewSpec;
  const get = (path: string, status = 200) => spec.get(spec.admin, `delinquency/${path}`).expect(status);

  beforeAll(async () => {
    spec = await startViewSpec();
    const { dataSource } = spec.testApp;
    await insertUnits(dataSource, spec.parkside, [
      { unitNumber: '101', status: 'occupied', balance: 1200, daysPastDue: 45, currentRent: 1450 },
      { unitNumber: '102', status: 'occupied', currentRent: 1500 },
      // Leased ahead: the signed rent is not scheduled until the lease starts.
      { unitNumber: '103', status: 'vacant', leaseStart: isoDaysFromToday(5), currentRent: 1400 },
      { unitNumber: '104', status: 'notice', balance: 300, daysPastDue: 10, currentRent: 1300 },
    ]);
    await insertUnits(dataSource, spec.harborView, [
      { unitNumber: 'H1', status: 'occupied', balance: 5000, daysPastDue: 95, currentRent: 2000 },
      { unitNumber: 'H2', status: 'occupied', currentRent: 1800 },
      { unitNumber: 'H3', status: 'occupied', balance: 100, daysPastDue: 61, currentRent: 1700 },
    ]);
    await insertEvictions(dataSource, spec.parkside, [
      {
        caseNumber: 'PK-1',
        unitNumber: '101',
        residentName: 'Ada Park',
        filedOn: '2026-05-01',
        status: 'filed',
        balance: 1200,
      },
      {
        caseNumber: 'PK-2',
        unitNumber: '104',
        residentName: 'Cy Notice',
        filedOn: '2026-03-10',
        status: 'completed',
        balance: 0,
        closedOn: '2026-06-01',
      },
    ]);
    await insertEvictions(dataSource, spec.harborView, [
      {
        caseNumber: 'HV-1',
        unitNumber: 'H1',
        residentName: 'Di Harbor',
        filedOn: '2026-07-01',
        status: 'judgment',
        balance: 5000,
      },
    ]);
    await insertFormerResidents(dataSource, spec.parkside, [
      {
        unitNumber: '105',
        residentName: 'Ex One',
        movedOutOn: '2026-04-30',
        balance: 800,
        collectionStatus: 'agency',
      },
      { unitNumber: '106', residentName: 'Ex Two', movedOutOn: '2026-06-30', balance: 450, collectionStatus: 'paid' },
      {
        unitNumber: '107',
        residentName: 'Ex Four',
        movedOutOn: '2025-12-31',
        balance: 1200,
        collectionStatus: 'written_off',
      },
    ]);
    await insertFormerResidents(dataSource, spec.harborView, [
      {
        unitNumber: 'H9',
        residentName: 'Ex Three',
        movedOutOn: '2026-02-28',
        balance: 2500.5,
        collectionStatus: 'in_house',
      },
    ]);
  });

  afterAll(() => spec.testApp.close());

  describe('summary', () => {
    it('totals the balances per aging bucket against units and scheduled rent', async () => {
      const { body } = await get('summary');
      expect(body).toEqual({
        buckets: [
          { bucket: '0-30', units: 1, balance: 300 },
          { bucket: '31-60', units: 1, balance: 1200 },
          { bucket: '61-90', units: 1, balance: 100 },
          { bucket: '90+', units: 1, balance: 5000 },
        ],
        delinquentUnits: 4,
        totalBalance: 6600,
        totalUnits: 7,
        // 4 of 7 units; 6600 of 1450 + 1500 + 1300 + 2000 + 1800 + 1700 = 9750 scheduled.
        delinquentUnitsPct: 57.1,
        balancePctOfScheduledRent: 67.7,
      });
    });

    it('gives the Parkside user the admin’s Parkside answer', async () => {
      const body = await expectParksideUserSeesAdminsParkside(spec, 'delinquency/summary');
      expect(body).toMatchObject({
        delinquentUnits: 2,
        totalBalance: 1500,
        totalUnits: 4,
        delinquentUnitsPct: 50,
        balancePctOfScheduledRent: 35.3,
      });
    });

    it('refuses unknown parameters', async () => {
      const { body } = await get('summary?sort=balance', 400);
      expect(JSON.stringify(body)).toContain('property sort should not exist');
    });
  });

  describe('evictions', () => {
    it('lists the cases, latest filing first, with the resident’s name and the counts by status', async () => {
      const { body } = await get('evictions');
      expect(body).toMatchObject({ total: 3, page: 1, pageSize: 25 });
      expect(body.items.map((row: { caseNumber: string }) => row.caseNumber)).toEqual(['HV-1', 'PK-1', 'PK-2']);
      expect(body.items[2]).toEqual({
        id: expect.any(String),
        propertyId: spec.parkside.id,
        propertyName: 'Parkside',
        unitNumber: '104',
        caseNumber: 'PK-2',
        residentName: 'Cy Notice',
        personalDataUnavailable: false,
        filedOn: '2026-03-10',
        status: 'completed',
        balance: 0,
        closedOn: '2026-06-01',
      });
      expect(body.countsByStatus).toEqual([
        { status: 'filed', count: 1 },
        { status: 'judgment', count: 1 },
        { status: 'writ', count: 0 },
        { status: 'completed', count: 1 },
        { status: 'dismissed', count: 0 },
      ]);
    });

    it('filters by status, sorts and pages as asked', async () => {
      const filed = await get('evictions?status=filed');
      expect(filed.body.items.map((row: { caseNumber: string }) => row.caseNumber)).toEqual(['PK-1']);
      expect(filed.body.total).toBe(1);
      expect(filed.body.countsByStatus).toContainEqual({ status: 'judgment', count: 1 });

      const byBalance = await get('evictions?sort=balance&pageSize=2&page=2');
      expect(byBalance.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(byBalance.body.items.map((row: { caseNumber: string }) => row.caseNumber)).toEqual(['HV-1']);

      const pastTheEnd = await get('evictions?status=writ&page=2');
      expect(pastTheEnd.body).toMatchObject({ items: [], total: 0 });
    });

    it('gives the Parkside user the admin’s Parkside answer', async () => {
      const body = (await expectParksideUserSeesAdminsParkside(spec, 'delinquency/evictions?sort=filedOn')) as {
        items: { caseNumber: string }[];
        total: number;
      };
      expect(body.items.map((row) => row.caseNumber)).toEqual(['PK-2', 'PK-1']);
      expect(body.total).toBe(2);
    });

    it.each([
      ['evictions?sort=residentName', 'sort must be one of filedOn, -filedOn'],
      ['evictions?status=open', 'status must be one of filed, judgment, writ, completed, dismissed'],
      ['evictions?pageSize=0', 'pageSize must not be less than 1'],
    ])('%s → 400 saying what is wrong', async (path, message) => {
      const { body } = await get(path, 400);
      expect(JSON.stringify(body)).toContain(message);
    });
  });

  describe('former residents', () => {
    it('splits what was left owing at move-out into owed now, collected and written off, without names', async () => {
      const { body } = await get('former-residents');
      // Left owing: 2500.5 + 800 + 450 + 1200 = 4950.5, of which still owed (in house, agency)
      // 2500.5 + 800 = 3300.5, collected (paid) 450 and written off 1200: 3300.5 + 450 + 1200 = 4950.5.
      expect(body).toMatchObject({
        total: 4,
        owedAtMoveOut: 4950.5,
        owedNow: 3300.5,
        collected: 450,
        writtenOff: 1200,
        page: 1,
        pageSize: 25,
      });
      expect(body.byCollectionStatus).toEqual([
        { collectionStatus: 'in_house', count: 1, owedAtMoveOut: 2500.5 },
        { collectionStatus: 'agency', count: 1, owedAtMoveOut: 800 },
        { collectionStatus: 'paid', count: 1, owedAtMoveOut: 450 },
        { collectionStatus: 'written_off', count: 1, owedAtMoveOut: 1200 },
      ]);
      expect(JSON.stringify(body)).not.toMatch(/Ex (One|Two|Three|Four)|residentName/);
    });

    it('lists what is still owed first; a paid or written-off debt owes nothing', async () => {
      const { body } = await get('former-residents');
      expect(body.items.slice(0, 2)).toEqual([
        {
          id: expect.any(String),
          propertyId: spec.harborView.id,
          propertyName: 'Harbor View',
          unitNumber: 'H9',
          movedOutOn: '2026-02-28',
          owedAtMoveOut: 2500.5,
          owedNow: 2500.5,
          collectionStatus: 'in_house',
        },
        expect.objectContaining({ unitNumber: '105', owedAtMoveOut: 800, owedNow: 800, collectionStatus: 'agency' }),
      ]);
      expect(body.items.slice(2)).toHaveLength(2);
      expect(body.items.slice(2)).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ unitNumber: '106', owedAtMoveOut: 450, owedNow: 0, collectionStatus: 'paid' }),
          expect.objectContaining({
            unitNumber: '107',
            owedAtMoveOut: 1200,
            owedNow: 0,
            collectionStatus: 'written_off',
          }),
        ]),
      );
    });

    it('sorts by what was left owing at move-out', async () => {
      const { body } = await get('former-residents?sort=-owedAtMoveOut');
      expect(body.items.map((row: { unitNumber: string }) => row.unitNumber)).toEqual(['H9', '107', '105', '106']);
    });

    it('gives the Parkside user the admin’s Parkside answer, sorted and paged as asked', async () => {
      const body = await expectParksideUserSeesAdminsParkside(
        spec,
        'delinquency/former-residents?sort=-movedOutOn&pageSize=1',
      );
      // Parkside: 800 agency, 450 paid, 1200 written off.
      const parksideTotals = { total: 3, owedAtMoveOut: 2450, owedNow: 800, collected: 450, writtenOff: 1200 };
      expect(body).toMatchObject({ ...parksideTotals, items: [{ unitNumber: '106' }] });
      const pastTheEnd = await get(`former-residents?propertyIds=${spec.parkside.id}&page=5`);
      expect(pastTheEnd.body).toMatchObject({ items: [], ...parksideTotals });
    });

    it('refuses sorting by resident name', async () => {
      const { body } = await get('former-residents?sort=residentName', 400);
      expect(JSON.stringify(body)).toContain('sort must be one of owedNow, -owedNow, owedAtMoveOut');
    });
  });
});
