import { Property } from '../src/organizations/property.entity';
import { insertUnits, propertiesOf } from './support/portfolio-fixtures';
import { isoDaysFromToday } from './support/test-clock';
import { expectParksideUserSeesAdminsParkside, startViewSpec, ViewSpec } from './support/view-spec';

describe('portfolio risk views', () => {
  let spec: ViewSpec;
  const get = (path: string, status = 200) => spec.get(spec.admin, `risk/${path}`).expect(status);
  // The 90 days from 2026-11-01, both included: leases ending 2026-11-01 to 2027-01-29.
  const AS_OF = 'asOf=2026-11-01';
  const LEASE_WINDOW = { from: '2026-11-01', to: '2027-01-29' };

  beforeAll(async () => {
    spec = await startViewSpec();
    const { dataSource } = spec.testApp;
    await insertUnits(dataSource, spec.parkside, [
      {
        unitNumber: 'P1',
        status: 'occupied',
        churnRisk: 0.1,
        delinquencyRisk: 0.7,
        leaseEnd: '2026-12-01',
        balance: 500,
        residentName: 'Ada Park',
      },
      // The last day of the window.
      { unitNumber: 'P2', status: 'occupied', churnRisk: 0.65, delinquencyRisk: 0.2, leaseEnd: '2027-01-29' },
      {
        unitNumber: 'P3',
        status: 'occupied',
        churnRisk: 0.3,
        delinquencyRisk: 0.6,
        leaseEnd: '2027-06-01',
        balance: 250.5,
      },
      { unitNumber: 'P4', status: 'notice', churnRisk: 0.9, delinquencyRisk: 0.9, leaseEnd: '2026-11-30' },
      { unitNumber: 'P5', status: 'occupied' },
    ]);
    await insertUnits(dataSource, spec.harborView, [
      { unitNumber: 'H1', status: 'occupied', churnRisk: 0.8, delinquencyRisk: 0.1, leaseEnd: '2026-11-20' },
      {
        unitNumber: 'H2',
        status: 'occupied',
        churnRisk: 0.59,
        delinquencyRisk: 0.95,
        // The day after the window: the 91st day.
        leaseEnd: '2027-01-30',
        balance: 1000,
      },
      { unitNumber: 'H3', status: 'vacant', churnRisk: 0.99, delinquencyRisk: 0.99 },
    ]);
  });

  afterAll(() => spec.testApp.close());

  describe('churn', () => {
    it('gauges the occupied units’ mean churn risk and bands them', async () => {
      const { body } = await get(`churn?${AS_OF}`);
      expect(body).toEqual({
        leaseWindow: LEASE_WINDOW,
        scoredUnits: 5,
        // (0.1 + 0.65 + 0.3 + 0.8 + 0.59) / 5; high-risk leases ending in the window: P2 and H1.
        gauge: 48.8,
        bands: [
          { band: 'low', units: 1, pct: 20 },
          { band: 'medium', units: 2, pct: 40 },
          { band: 'high', units: 2, pct: 40 },
        ],
        highRiskLeasesEnding90d: 2,
      });
    });

    it('gives the Parkside user the admin’s Parkside answer, without personal data', async () => {
      const body = await expectParksideUserSeesAdminsParkside(spec, `risk/churn?${AS_OF}`);
      expect(body).toMatchObject({
        scoredUnits: 3,
        gauge: 35,
        bands: [
          { band: 'low', units: 1, pct: 33.3 },
          { band: 'medium', units: 1, pct: 33.3 },
          { band: 'high', units: 1, pct: 33.3 },
        ],
        highRiskLeasesEnding90d: 1,
      });
      expect(JSON.stringify(body)).not.toContain('Ada Park');
    });

    it('looks 90 days ahead from today by default, the window the renewal views use', async () => {
      const { body } = await get('churn');
      expect(body.leaseWindow).toEqual({ from: isoDaysFromToday(0), to: isoDaysFromToday(89) });
      const renewals = await spec.get(spec.admin, 'renewals/summary').expect(200);
      expect({ from: renewals.body.from, to: renewals.body.to }).toEqual(body.leaseWindow);
    });

    it.each([
      ['churn?asOf=2026-02-30', 'asOf must be a valid calendar date'],
      ['churn?asOf=soon', 'asOf must be a date as YYYY-MM-DD'],
      ['churn?from=2026-01-01', 'property from should not exist'],
    ])('%s → 400 saying what is wrong', async (path, message) => {
      const { body } = await get(path, 400);
      expect(JSON.stringify(body)).toContain(message);
    });
  });

  describe('delinquency', () => {
    it('gauges delinquency risk the same way, with what the high-risk units owe', async () => {
      const { body } = await get(`delinquency?${AS_OF}`);
      expect(body).toEqual({
        leaseWindow: LEASE_WINDOW,
        scoredUnits: 5,
        // (0.7 + 0.2 + 0.6 + 0.1 + 0.95) / 5; of the high-risk units only P1's lease ends in the
        // window, H2's the day after it.
        gauge: 51,
        bands: [
          { band: 'low', units: 2, pct: 40 },
          { band: 'medium', units: 0, pct: 0 },
          { band: 'high', units: 3, pct: 60 },
        ],
        highRiskLeasesEnding90d: 1,
        highRiskBalance: 1750.5,
      });
    });

    it('gives the Parkside user the admin’s Parkside answer', async () => {
      const body = await expectParksideUserSeesAdminsParkside(spec, `risk/delinquency?${AS_OF}`);
      expect(body).toMatchObject({ scoredUnits: 3, gauge: 50, highRiskLeasesEnding90d: 1, highRiskBalance: 750.5 });
    });

    it('answers a null gauge without scored units', async () => {
      const mapleCourt = (await propertiesOf(spec.testApp.dataSource, 'phh'))['Maple Court'] as Property;
      const { body } = await get(`delinquency?${AS_OF}&propertyIds=${mapleCourt.id}`);
      expect(body).toEqual({
        leaseWindow: LEASE_WINDOW,
        scoredUnits: 0,
        gauge: null,
        bands: [
          { band: 'low', units: 0, pct: null },
          { band: 'medium', units: 0, pct: null },
          { band: 'high', units: 0, pct: null },
        ],
        highRiskLeasesEnding90d: 0,
        highRiskBalance: 0,
      });
    });

    it('refuses a bad asOf', async () => {
      const { body } = await get('delinquency?asOf=2026-1-1', 400);
      expect(JSON.stringify(body)).toContain('asOf must be a date as YYYY-MM-DD');
    });
  });
});
