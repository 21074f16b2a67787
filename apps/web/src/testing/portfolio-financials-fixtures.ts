import type { Provider } from '@angular/core';
import {
  type DelinquencyRiskDto,
  type FinancialKpiHeaderDto,
  type PnlDto,
  PortfolioFinancialsApi,
  PortfolioReviewsApi,
  PortfolioRiskApi,
  type ReputationDto,
  type RevenueDetailDto,
  type ReviewRowDto,
  type ReviewSourceDto,
  type RiskGaugeDto,
} from '@ownerdash/api-client';
import { of } from 'rxjs';

export function pnl(overrides: Partial<PnlDto> = {}): PnlDto {
  return {
    from: '2025-12-01',
    to: '2026-11-20',
    booked: { first: '2025-12-01', last: '2026-11-01' },
    income: {
      accounts: [
        { account: 'Gross Potential Rent', actual: 1_250_000, budget: 1_240_000, variance: 10_000, variancePct: 0.8 },
        { account: 'Vacancy Loss', actual: -62_500, budget: -49_600, variance: -12_900, variancePct: -26 },
        { account: 'Other Income', actual: 35_250, budget: 30_000, variance: 5_250, variancePct: 17.5 },
      ],
      total: { actual: 1_222_750, budget: 1_220_400, variance: 2_350, variancePct: 0.2 },
    },
    expense: {
      accounts: [
        { account: 'Payroll', actual: 180_000, budget: 175_000, variance: 5_000, variancePct: 2.9 },
        { account: 'Utilities', actual: 60_000, budget: 64_000, variance: -4_000, variancePct: -6.3 },
        { account: 'Insurance', actual: 20_000, budget: 0, variance: 20_000, variancePct: null },
      ],
      total: { actual: 260_000, budget: 239_000, variance: 21_000, variancePct: 8.8 },
    },
    noi: { actual: 962_750, budget: 981_400, variance: -18_650, variancePct: -1.9 },
    ...overrides,
  };
}

/**
 * Income of the twelve months to Oct 2026 for the default period, Oct 22 – Nov 20, 2026: October
 * is its only booked month, and the eleven months before it come for comparison.
 */
export function revenueDetail(overrides: Partial<RevenueDetailDto> = {}): RevenueDetailDto {
  const month = (first: string, inPeriod: boolean) => ({
    month: first,
    inPeriod,
    grossPotentialRent: 600_000,
    losses: -30_000,
    otherIncome: 15_000,
    actual: 585_000,
    budget: 590_000,
  });
  const earlier = Array.from({ length: 11 }, (_, index) =>
    month(new Date(Date.UTC(2025, 10 + index, 1)).toISOString().slice(0, 10), false),
  );
  return {
    from: '2026-10-22',
    to: '2026-11-20',
    booked: { first: '2026-10-01', last: '2026-10-01' },
    months: [
      ...earlier,
      {
        month: '2026-10-01',
        inPeriod: true,
        grossPotentialRent: 620_000,
        losses: -32_500,
        otherIncome: 18_250.25,
        actual: 605_750.25,
        budget: 610_200,
      },
    ],
    ...overrides,
  };
}

export function financialKpiHeader(overrides: Partial<FinancialKpiHeaderDto> = {}): FinancialKpiHeaderDto {
  return {
    from: '2025-12-01',
    to: '2026-11-20',
    booked: { first: '2025-12-01', last: '2026-11-01' },
    economicOccupancyPct: { actual: 92.4, budget: 93 },
    badDebtPct: { actual: 1.1, budget: 1.5 },
    noi: { actual: 962_750, budget: 961_400 },
    noiMarginPct: { actual: 78.8, budget: 78.8 },
    expenseRatioPct: { actual: 21.3, budget: null },
    ...overrides,
  };
}

export function reviewRow(overrides: Partial<ReviewRowDto> = {}): ReviewRowDto {
  return {
    id: 'r-1',
    propertyId: 'p-harbor',
    propertyName: 'Harbor View',
    rating: 4,
    author: 'Sam K.',
    text: 'Quick maintenance, friendly office.',
    postedAt: '2026-11-12T15:04:00.000Z',
    respondedAt: '2026-11-13T09:30:00.000Z',
    responded: true,
    ...overrides,
  };
}

export const UNANSWERED_REVIEW = reviewRow({
  id: 'r-2',
  propertyId: 'p-maple',
  propertyName: 'Maple Court',
  rating: 2,
  author: 'Jo P.',
  text: 'Parking is a mess.',
  postedAt: '2026-11-02T10:00:00.000Z',
  respondedAt: null,
  responded: false,
});

export function reviewSource(items: ReviewRowDto[], overrides: Partial<ReviewSourceDto> = {}): ReviewSourceDto {
  return {
    source: 'google',
    from: '2026-10-22',
    to: '2026-11-20',
    items,
    total: items.length,
    page: 1,
    pageSize: 10,
    averageRating: 3,
    responseRatePct: 50,
    meanResponseHours: 18.5,
    ...overrides,
  };
}

export function reputation(overrides: Partial<ReputationDto> = {}): ReputationDto {
  return {
    from: '2026-09-15',
    to: '2026-11-20',
    averageRating: 4.3,
    count: 212,
    responseRatePct: 84,
    sources: [
      { source: 'google', averageRating: 4.4, count: 150 },
      { source: 'apartments', averageRating: 4, count: 62 },
    ],
    trend: [
      { month: '2026-09-01', averageRating: 4.2, count: 12 },
      { month: '2026-10-01', averageRating: null, count: 0 },
      { month: '2026-11-01', averageRating: 4.5, count: 1 },
    ],
    ...overrides,
  };
}

export function riskGauge(overrides: Partial<RiskGaugeDto> = {}): RiskGaugeDto {
  return {
    leaseWindow: { from: '2026-11-20', to: '2027-02-17' },
    scoredUnits: 604,
    gauge: 31.5,
    bands: [
      { band: 'low', units: 412, pct: 68.2 },
      { band: 'medium', units: 150, pct: 24.8 },
      { band: 'high', units: 42, pct: 7 },
    ],
    highRiskLeasesEnding90d: 9,
    ...overrides,
  };
}

export function delinquencyRisk(overrides: Partial<DelinquencyRiskDto> = {}): DelinquencyRiskDto {
  return { ...riskGauge(), highRiskBalance: 18_250.5, ...overrides };
}

type ParamsOf<Method extends (...args: never[]) => unknown> = Parameters<Method>[0];

/** The financials, reviews and risk APIs, whose answers each test scripts; by default with data. */
export function fakeFinancialsApis() {
  return {
    financials: {
      getFinancialsPnl: jest.fn((_params?: ParamsOf<PortfolioFinancialsApi['getFinancialsPnl']>) => of(pnl())),
      getFinancialsRevenueDetail: jest.fn((_params?: ParamsOf<PortfolioFinancialsApi['getFinancialsRevenueDetail']>) =>
        of(revenueDetail()),
      ),
      getFinancialsKpiHeader: jest.fn((_params?: ParamsOf<PortfolioFinancialsApi['getFinancialsKpiHeader']>) =>
        of(financialKpiHeader()),
      ),
    },
    reviews: {
      getReviewsGoogle: jest.fn((_params?: ParamsOf<PortfolioReviewsApi['getReviewsGoogle']>) =>
        of(reviewSource([reviewRow(), UNANSWERED_REVIEW])),
      ),
      getReviewsApartments: jest.fn((_params?: ParamsOf<PortfolioReviewsApi['getReviewsApartments']>) =>
        of(reviewSource([reviewRow()], { source: 'apartments', averageRating: 4, responseRatePct: 100 })),
      ),
      getReviewsReputation: jest.fn((_params?: ParamsOf<PortfolioReviewsApi['getReviewsReputation']>) =>
        of(reputation()),
      ),
    },
    risk: {
      getRiskChurn: jest.fn((_params?: ParamsOf<PortfolioRiskApi['getRiskChurn']>) => of(riskGauge())),
      getRiskDelinquency: jest.fn((_params?: ParamsOf<PortfolioRiskApi['getRiskDelinquency']>) =>
        of(delinquencyRisk()),
      ),
    },
  };
}

export type FakeFinancialsApis = ReturnType<typeof fakeFinancialsApis>;

export function provideFakeFinancialsApis(apis: FakeFinancialsApis): Provider[] {
  return [
    { provide: PortfolioFinancialsApi, useValue: apis.financials },
    { provide: PortfolioReviewsApi, useValue: apis.reviews },
    { provide: PortfolioRiskApi, useValue: apis.risk },
  ];
}
