import { insertFinancialLines } from './support/financials-fixtures';
import { expectParksideUserSeesAdminsParkside, startViewSpec, ViewSpec } from './support/view-spec';

/** A month of the revenue trend as the route answers it. */
type RevenueMonth = {
  month: string;
  inPeriod: boolean;
  grossPotentialRent: number;
  losses: number;
  otherIncome: number;
  actual: number;
  budget: number;
};

describe('portfolio financials views', () => {
  let spec: ViewSpec;
  const get = (path: string, status = 200) => spec.get(spec.admin, `financials/${path}`).expect(status);
  const JAN_FEB = 'from=2026-01-01&to=2026-02-28';

  beforeAll(async () => {
    spec = await startViewSpec();
    const { dataSource } = spec.testApp;
    const line = (month: string, account: string, actual: number, budget: number) => ({
      month,
      account,
      actual,
      budget,
    });
    await insertFinancialLines(dataSource, spec.parkside, [
      line('2025-12-01', 'Gross Potential Rent', 9999, 9999),
      line('2026-01-01', 'Gross Potential Rent', 10000, 10000),
      line('2026-01-01', 'Vacancy Loss', -500, -400),
      line('2026-01-01', 'Concessions', -100, -100),
      line('2026-01-01', 'Bad Debt', -200, -100),
      line('2026-01-01', 'Other Income', 300, 200),
      line('2026-01-01', 'Payroll', 2000, 2100),
      line('2026-01-01', 'Utilities', 500, 400),
      line('2026-02-01', 'Gross Potential Rent', 10000, 10000),
      line('2026-02-01', 'Vacancy Loss', -200, -400),
      line('2026-02-01', 'Other Income', 150, 200),
      line('2026-02-01', 'Payroll', 2000, 2100),
    ]);
    await insertFinancialLines(dataSource, spec.harborView, [
      line('2026-01-01', 'Gross Potential Rent', 5000, 5000),
      line('2026-01-01', 'Payroll', 1000, 1000),
      line('2026-01-01', 'Insurance', 250, 200),
    ]);
  });

  afterAll(() => spec.testApp.close());

  const periodErrors = (path: string): [string, string][] => [
    [`${path}?from=2026-03-01&to=2026-01-01`, 'from (2026-03-01) must not be after to (2026-01-01)'],
    [`${path}?from=2026-13-01`, 'from must be a valid calendar date'],
    [`${path}?to=last-month`, 'to must be a date as YYYY-MM-DD'],
  ];

  describe('P&L', () => {
    it('compares each account, each section and NOI with budget over the months of the period', async () => {
      const { body } = await get(`pnl?${JAN_FEB}`);
      expect(body).toEqual({
        from: '2026-01-01',
        to: '2026-02-28',
        booked: { first: '2026-01-01', last: '2026-02-01' },
        income: {
          accounts: [
            { account: 'Gross Potential Rent', actual: 25000, budget: 25000, variance: 0, variancePct: 0 },
            { account: 'Vacancy Loss', actual: -700, budget: -800, variance: 100, variancePct: 12.5 },
            { account: 'Concessions', actual: -100, budget: -100, variance: 0, variancePct: 0 },
            { account: 'Bad Debt', actual: -200, budget: -100, variance: -100, variancePct: -100 },
            { account: 'Other Income', actual: 450, budget: 400, variance: 50, variancePct: 12.5 },
          ],
          total: { actual: 24450, budget: 24400, variance: 50, variancePct: 0.2 },
        },
        expense: {
          accounts: [
            { account: 'Payroll', actual: 5000, budget: 5200, variance: -200, variancePct: -3.8 },
            { account: 'Utilities', actual: 500, budget: 400, variance: 100, variancePct: 25 },
            { account: 'Insurance', actual: 250, budget: 200, variance: 50, variancePct: 25 },
          ],
          total: { actual: 5750, budget: 5800, variance: -50, variancePct: -0.9 },
        },
        noi: { actual: 18700, budget: 18600, variance: 100, variancePct: 0.5 },
      });
    });

    it('gives the Parkside user the admin’s Parkside answer', async () => {
      const body = await expectParksideUserSeesAdminsParkside(spec, `financials/pnl?${JAN_FEB}`);
      expect(body).toMatchObject({
        income: { total: { actual: 19450, budget: 19400 } },
        expense: { total: { actual: 4500, budget: 4600 } },
        noi: { actual: 14950, budget: 14800, variance: 150 },
      });
    });

    it('counts a month the period only touches, whole', async () => {
      const { body } = await get('pnl?from=2026-02-20&to=2026-02-21');
      expect(body).toMatchObject({
        booked: { first: '2026-02-01', last: '2026-02-01' },
        income: { total: { actual: 9950, budget: 9800 } },
        expense: { total: { actual: 2000, budget: 2100 } },
      });
    });

    it('answers zeros for a period without lines', async () => {
      const { body } = await get('pnl?from=2030-01-01&to=2030-12-31');
      expect(body).toMatchObject({
        booked: null,
        income: { accounts: [], total: { actual: 0, budget: 0, variance: 0, variancePct: null } },
        noi: { actual: 0, variancePct: null },
      });
    });

    it.each(periodErrors('pnl'))('%s → 400 saying what is wrong', async (path, message) => {
      const { body } = await get(path, 400);
      expect(JSON.stringify(body)).toContain(message);
    });
  });

  describe('revenue detail', () => {
    /** The twelve months from March 2025 to February 2026, zero but for those given. */
    const twelveMonths = (given: Record<string, Omit<RevenueMonth, 'month' | 'inPeriod'>>, inPeriod: string[]) =>
      Array.from({ length: 12 }, (_, index) => {
        const month = new Date(Date.UTC(2025, 2 + index, 1)).toISOString().slice(0, 10);
        const none = { grossPotentialRent: 0, losses: 0, otherIncome: 0, actual: 0, budget: 0 };
        return { month, inPeriod: inPeriod.includes(month), ...(given[month] ?? none) };
      });
    // Dec 2025: Parkside's rent alone. Jan 2026: rent 10000 + 5000; losses −500 − 100 − 200; other
    // 300; budget 15000 − 400 − 100 − 100 + 200. Feb 2026: 10000 − 200 + 150, budget 10000 − 400 + 200.
    const booked = {
      '2025-12-01': { grossPotentialRent: 9999, losses: 0, otherIncome: 0, actual: 9999, budget: 9999 },
      '2026-01-01': { grossPotentialRent: 15000, losses: -800, otherIncome: 300, actual: 14500, budget: 14600 },
      '2026-02-01': { grossPotentialRent: 10000, losses: -200, otherIncome: 150, actual: 9950, budget: 9800 },
    };

    it('gives total income month by month and what it is made of, with the trailing months of a short period', async () => {
      const { body } = await get(`revenue-detail?${JAN_FEB}`);
      expect(body).toEqual({
        from: '2026-01-01',
        to: '2026-02-28',
        booked: { first: '2026-01-01', last: '2026-02-01' },
        months: twelveMonths(booked, ['2026-01-01', '2026-02-01']),
      });
      // The period's months add up to the P&L's total income.
      const pnl = await get(`pnl?${JAN_FEB}`);
      const periodIncome = (body.months as RevenueMonth[])
        .filter((month) => month.inPeriod)
        .reduce((sum, month) => sum + month.actual, 0);
      expect(periodIncome).toBe(pnl.body.income.total.actual);
    });

    it('shows a one-month period among the eleven months before it', async () => {
      const { body } = await get('revenue-detail?from=2026-02-01&to=2026-02-28');
      expect(body.booked).toEqual({ first: '2026-02-01', last: '2026-02-01' });
      expect(body.months).toEqual(twelveMonths(booked, ['2026-02-01']));
    });

    it('covers the whole of a longer period, up to its last booked month', async () => {
      // March 2026 is not booked: the series stops at February rather than showing March as zero.
      const { body } = await get('revenue-detail?from=2024-12-15&to=2026-03-20');
      expect(body.booked).toEqual({ first: '2025-12-01', last: '2026-02-01' });
      expect(body.months).toHaveLength(15);
      expect(body.months[0]).toMatchObject({ month: '2024-12-01', inPeriod: true, actual: 0 });
      expect(body.months.at(-1)).toEqual({ month: '2026-02-01', inPeriod: true, ...booked['2026-02-01'] });
    });

    it('answers no months when the period has no income lines', async () => {
      const { body } = await get('revenue-detail?from=2030-01-01&to=2030-12-31');
      expect(body).toMatchObject({ booked: null, months: [] });
    });

    it('gives the Parkside user the admin’s Parkside answer', async () => {
      const body = (await expectParksideUserSeesAdminsParkside(spec, `financials/revenue-detail?${JAN_FEB}`)) as {
        months: RevenueMonth[];
      };
      // Parkside's January without Harbor View's 5000 of rent.
      expect(body.months.find((month) => month.month === '2026-01-01')).toMatchObject({
        grossPotentialRent: 10000,
        actual: 9500,
      });
    });

    it.each(periodErrors('revenue-detail'))('%s → 400 saying what is wrong', async (path, message) => {
      const { body } = await get(path, 400);
      expect(JSON.stringify(body)).toContain(message);
    });
  });

  describe('KPI header', () => {
    it('derives the ratios from the account sums, actual and budget', async () => {
      const { body } = await get(`kpi-header?${JAN_FEB}`);
      expect(body).toEqual({
        from: '2026-01-01',
        to: '2026-02-28',
        booked: { first: '2026-01-01', last: '2026-02-01' },
        // (25000 - 700 - 100 - 200) / 25000 against (25000 - 800 - 100 - 100) / 25000.
        economicOccupancyPct: { actual: 96, budget: 96 },
        badDebtPct: { actual: 0.8, budget: 0.4 },
        noi: { actual: 18700, budget: 18600 },
        // 18700 / 24450 and 18600 / 24400; 5750 / 24450 and 5800 / 24400.
        noiMarginPct: { actual: 76.5, budget: 76.2 },
        expenseRatioPct: { actual: 23.5, budget: 23.8 },
      });
    });

    it('gives the Parkside user the admin’s Parkside answer', async () => {
      const body = await expectParksideUserSeesAdminsParkside(spec, `financials/kpi-header?${JAN_FEB}`);
      // (20000 - 700 - 100 - 200) / 20000; 14950 / 19450.
      expect(body).toMatchObject({ economicOccupancyPct: { actual: 95 }, noi: { actual: 14950 } });
    });

    it('answers null ratios without lines', async () => {
      const { body } = await get('kpi-header?from=2030-01-01&to=2030-12-31');
      expect(body).toMatchObject({
        booked: null,
        economicOccupancyPct: { actual: null, budget: null },
        noi: { actual: 0, budget: 0 },
        expenseRatioPct: { actual: null, budget: null },
      });
    });

    it.each(periodErrors('kpi-header'))('%s → 400 saying what is wrong', async (path, message) => {
      const { body } = await get(path, 400);
      expect(JSON.stringify(body)).toContain(message);
    });
  });
});
