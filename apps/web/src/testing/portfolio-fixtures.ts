import type { Provider } from '@angular/core';
import {
  type ArRowDto,
  type ArTableDto,
  type KpiTilesDto,
  PortfolioApi,
  PortfolioDelinquencyApi,
  PortfolioOverviewApi,
  type PortfolioPropertyDto,
} from '@ownerdash/api-client';
import { of } from 'rxjs';

export function portfolioProperty(overrides: Partial<PortfolioPropertyDto> = {}): PortfolioPropertyDto {
  return {
    id: 'p-harbor',
    name: 'Harbor View',
    slug: 'harbor-view',
    city: 'Austin',
    state: 'TX',
    unitCount: 240,
    occupancyPct: 94.2,
    leasedPct: 96.1,
    delinquentBalance: 18250,
    openWorkOrders: 7,
    ...overrides,
  };
}

export const PORTFOLIO_PROPERTIES: PortfolioPropertyDto[] = [
  portfolioProperty(),
  portfolioProperty({ id: 'p-maple', name: 'Maple Court', slug: 'maple-court', city: 'Dallas', occupancyPct: 91.5 }),
  portfolioProperty({ id: 'p-parkside', name: 'Parkside', slug: 'parkside', city: null, state: null }),
];

export function kpiTiles(overrides: Partial<KpiTilesDto> = {}): KpiTilesDto {
  return {
    asOf: '2026-11-20',
    properties: 3,
    units: 720,
    occupancyPct: { value: 93.4, change30d: 1.2 },
    leasedPct: { value: 95.8, change30d: -0.4 },
    vacancyPct: { value: 6.6, change30d: -1.2 },
    vacantUnits: { value: 48, change30d: -9 },
    noticeUnits: { value: 21, change30d: 0 },
    availableToRent: { value: 30, change30d: null },
    ...overrides,
  };
}

export function arRow(overrides: Partial<ArRowDto> = {}): ArRowDto {
  return {
    propertyId: 'p-harbor',
    propertyName: 'Harbor View',
    unitId: 'u-101',
    unitNumber: '101',
    residentName: 'Dana Reyes',
    residentEmail: 'dana@example.com',
    residentPhone: '+1 512 555 0101',
    personalDataUnavailable: false,
    balance: 2450.5,
    daysPastDue: 45,
    agingBucket: '31-60',
    currentRent: 1625,
    leaseEnd: '2027-03-31',
    ...overrides,
  };
}

export function arTable(items: ArRowDto[], overrides: Partial<ArTableDto> = {}): ArTableDto {
  return {
    items,
    total: items.length,
    page: 1,
    pageSize: 25,
    totalBalance: items.reduce((sum, row) => sum + row.balance, 0),
    ...overrides,
  };
}

/** Portfolio APIs whose answers each test scripts; by default a small portfolio with data. */
export function fakePortfolioApis() {
  return {
    portfolio: {
      listPortfolioProperties: jest.fn(() => of({ items: PORTFOLIO_PROPERTIES })),
    },
    overview: {
      getOverviewKpiTiles: jest.fn((_params?: Parameters<PortfolioOverviewApi['getOverviewKpiTiles']>[0]) =>
        of(kpiTiles()),
      ),
    },
    delinquency: {
      getDelinquencyArTable: jest.fn((_params?: Parameters<PortfolioDelinquencyApi['getDelinquencyArTable']>[0]) =>
        of(arTable([arRow()])),
      ),
    },
  };
}

export type FakePortfolioApis = ReturnType<typeof fakePortfolioApis>;

export function providePortfolioApis(apis: FakePortfolioApis = fakePortfolioApis()): Provider[] {
  return [
    { provide: PortfolioApi, useValue: apis.portfolio },
    { provide: PortfolioOverviewApi, useValue: apis.overview },
    { provide: PortfolioDelinquencyApi, useValue: apis.delinquency },
  ];
}
