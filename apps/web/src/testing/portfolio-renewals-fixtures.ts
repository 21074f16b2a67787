import type { Provider } from '@angular/core';
import {
  type DelinquencySummaryDto,
  type EvictionRowDto,
  type EvictionsDto,
  type ExpirationChartDto,
  type ExpirationMonthDto,
  type FormerResidentRowDto,
  type FormerResidentsDto,
  type MoveOutDto,
  PortfolioDelinquencyApi,
  PortfolioRenewalsApi,
  type RenewalDrillthroughDto,
  type RenewalRowDto,
  type RenewalSummaryDto,
} from '@ownerdash/api-client';
import { of } from 'rxjs';

/*
 * Fixtures of the renewals and delinquency tabs' views (the delinquency AR table keeps its own in
 * portfolio-fixtures.ts).
 */

export function renewalSummary(overrides: Partial<RenewalSummaryDto> = {}): RenewalSummaryDto {
  return {
    from: '2026-11-20',
    to: '2027-02-17',
    expiring: 48,
    renewed: 27,
    vacating: 9,
    pending: 12,
    renewalRatePct: 56.3,
    ...overrides,
  };
}

export function renewalRow(overrides: Partial<RenewalRowDto> = {}): RenewalRowDto {
  return {
    propertyId: 'p-harbor',
    propertyName: 'Harbor View',
    unitId: 'u-204',
    unitNumber: '204',
    residentName: 'Sam Ortiz',
    residentEmail: 'sam@example.com',
    residentPhone: '+1 512 555 0204',
    personalDataUnavailable: false,
    leaseEnd: '2026-12-31',
    currentRent: 1580,
    marketRent: 1650,
    renewalStatus: 'pending',
    ...overrides,
  };
}

export function renewalDrillthrough(
  items: RenewalRowDto[],
  overrides: Partial<RenewalDrillthroughDto> = {},
): RenewalDrillthroughDto {
  const countsByStatus = (['renewed', 'vacating', 'pending'] as const).map((status) => ({
    status,
    count: items.filter((item) => item.renewalStatus === status).length,
  }));
  return {
    from: '2026-11-20',
    to: '2027-02-17',
    items,
    total: items.length,
    countsByStatus,
    page: 1,
    pageSize: 25,
    ...overrides,
  };
}

export function moveOut(overrides: Partial<MoveOutDto> = {}): MoveOutDto {
  return {
    from: '2026-10-22',
    to: '2026-11-20',
    total: 40,
    reasons: [
      { reason: 'Bought a home', moveOuts: 18, sharePct: 45 },
      { reason: 'Relocation', moveOuts: 14, sharePct: 35 },
      { reason: 'Rent too high', moveOuts: 8, sharePct: 20 },
    ],
    ...overrides,
  };
}

export function expirationMonth(month: string, overrides: Partial<ExpirationMonthDto> = {}): ExpirationMonthDto {
  return { month, expiring: 0, renewed: 0, vacating: 0, pending: 0, ...overrides };
}

/** Twelve months from November 2026; only the first three have leases ending. */
export function expirationChart(overrides: Partial<ExpirationChartDto> = {}): ExpirationChartDto {
  const months = Array.from({ length: 12 }, (_, index) => {
    const date = new Date(Date.UTC(2026, 10 + index, 1));
    return date.toISOString().slice(0, 10);
  });
  return {
    from: '2026-11-01',
    to: '2027-10-31',
    months: months.map((month, index) =>
      expirationMonth(
        month,
        [
          { expiring: 12, renewed: 7, vacating: 2, pending: 3 },
          { expiring: 20, renewed: 5, vacating: 4, pending: 11 },
          { expiring: 6, renewed: 0, vacating: 1, pending: 5 },
        ][index],
      ),
    ),
    ...overrides,
  };
}

export function delinquencySummary(overrides: Partial<DelinquencySummaryDto> = {}): DelinquencySummaryDto {
  return {
    totalUnits: 720,
    delinquentUnits: 38,
    delinquentUnitsPct: 5.3,
    totalBalance: 52340.75,
    balancePctOfScheduledRent: 4.6,
    buckets: [
      { bucket: '0-30', units: 21, balance: 18200.25 },
      { bucket: '31-60', units: 9, balance: 12450.5 },
      { bucket: '61-90', units: 5, balance: 9690 },
      { bucket: '90+', units: 3, balance: 12000 },
    ],
    ...overrides,
  };
}

export function evictionRow(overrides: Partial<EvictionRowDto> = {}): EvictionRowDto {
  return {
    id: 'e-1',
    propertyId: 'p-parkside',
    propertyName: 'Parkside',
    unitNumber: '2-204',
    caseNumber: '2026-LT-01834',
    residentName: 'Jordan Avery',
    personalDataUnavailable: false,
    filedOn: '2026-08-14',
    status: 'judgment',
    balance: 4820.4,
    closedOn: null,
    ...overrides,
  };
}

export function evictions(items: EvictionRowDto[], overrides: Partial<EvictionsDto> = {}): EvictionsDto {
  return {
    items,
    total: items.length,
    page: 1,
    pageSize: 25,
    countsByStatus: [
      { status: 'filed', count: 2 },
      { status: 'judgment', count: 1 },
      { status: 'writ', count: 0 },
      { status: 'completed', count: 4 },
      { status: 'dismissed', count: 1 },
    ],
    ...overrides,
  };
}

export function formerResidentRow(overrides: Partial<FormerResidentRowDto> = {}): FormerResidentRowDto {
  return {
    id: 'f-1',
    propertyId: 'p-maple',
    propertyName: 'Maple Court',
    unitNumber: '12B',
    movedOutOn: '2026-06-30',
    owedAtMoveOut: 2310.5,
    owedNow: 2310.5,
    collectionStatus: 'agency',
    ...overrides,
  };
}

export function formerResidents(
  items: FormerResidentRowDto[],
  overrides: Partial<FormerResidentsDto> = {},
): FormerResidentsDto {
  return {
    items,
    total: items.length,
    page: 1,
    pageSize: 25,
    // 4,200 + 18,420.50 still owed, 1,500 collected and 950 written off: 25,070.50 left owing.
    owedAtMoveOut: 25_070.5,
    owedNow: 22_620.5,
    collected: 1_500,
    writtenOff: 950,
    byCollectionStatus: [
      { collectionStatus: 'in_house', count: 3, owedAtMoveOut: 4_200 },
      { collectionStatus: 'agency', count: 5, owedAtMoveOut: 18_420.5 },
      { collectionStatus: 'paid', count: 2, owedAtMoveOut: 1_500 },
      { collectionStatus: 'written_off', count: 1, owedAtMoveOut: 950 },
    ],
    ...overrides,
  };
}

type Params<Api, Method extends keyof Api> = Api[Method] extends (params?: infer P) => unknown ? P : never;

/** A PortfolioRenewalsApi whose answers each test scripts; by default a portfolio with renewals ahead. */
export function fakeRenewalsApi() {
  type Api = PortfolioRenewalsApi;
  return {
    getRenewalsSummary: jest.fn((_params?: Params<Api, 'getRenewalsSummary'>) => of(renewalSummary())),
    getRenewalsDrillthrough: jest.fn((_params?: Params<Api, 'getRenewalsDrillthrough'>) =>
      of(renewalDrillthrough([renewalRow()])),
    ),
    getRenewalsMoveOut: jest.fn((_params?: Params<Api, 'getRenewalsMoveOut'>) => of(moveOut())),
    getRenewalsExpirationChart: jest.fn((_params?: Params<Api, 'getRenewalsExpirationChart'>) => of(expirationChart())),
  };
}

/** A PortfolioDelinquencyApi whose answers each test scripts; by default a portfolio with arrears. */
export function fakeDelinquencyApi() {
  type Api = PortfolioDelinquencyApi;
  return {
    getDelinquencySummary: jest.fn((_params?: Params<Api, 'getDelinquencySummary'>) => of(delinquencySummary())),
    getDelinquencyEvictions: jest.fn((_params?: Params<Api, 'getDelinquencyEvictions'>) =>
      of(evictions([evictionRow()])),
    ),
    getDelinquencyFormerResidents: jest.fn((_params?: Params<Api, 'getDelinquencyFormerResidents'>) =>
      of(formerResidents([formerResidentRow()])),
    ),
  };
}

export type FakeRenewalsApi = ReturnType<typeof fakeRenewalsApi>;
export type FakeDelinquencyApi = ReturnType<typeof fakeDelinquencyApi>;

export function provideFakeRenewalsApi(api: FakeRenewalsApi): Provider {
  return { provide: PortfolioRenewalsApi, useValue: api };
}

export function provideFakeDelinquencyApi(api: FakeDelinquencyApi): Provider {
  return { provide: PortfolioDelinquencyApi, useValue: api };
}
