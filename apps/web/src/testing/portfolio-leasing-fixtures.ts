import type { Provider } from '@angular/core';
import {
  type ConversionsDto,
  type FloorplanAvailDto,
  type FloorplanAvailRowDto,
  type ForecastDto,
  type ForecastWeekDto,
  type FunnelDto,
  type MaintenanceSummaryDto,
  type MarketingDto,
  type MonthlyConversionDto,
  PortfolioLeasingApi,
  PortfolioMaintenanceApi,
} from '@ownerdash/api-client';
import { of } from 'rxjs';

/** The day the tests run on: the default 30-day range is Oct 24 to Nov 22, 2026. */
export const LEASING_TEST_TODAY = new Date(2026, 10, 22);
export const DEFAULT_TEST_RANGE = { from: '2026-10-24', to: '2026-11-22' };

export function funnel(overrides: Partial<FunnelDto> = {}): FunnelDto {
  return {
    from: '2026-10-24',
    to: '2026-11-22',
    current: { leads: 1240, tours: 310, applications: 124, leasesSigned: 93 },
    previousFrom: '2026-09-24',
    previousTo: '2026-10-23',
    previous: { leads: 1180, tours: 325, applications: 124, leasesSigned: 101 },
    ...overrides,
  };
}

export function monthlyConversion(overrides: Partial<MonthlyConversionDto> = {}): MonthlyConversionDto {
  return {
    month: '2026-10-01',
    leads: 400,
    tours: 100,
    applications: 40,
    leasesSigned: 30,
    leadToTourPct: 25,
    tourToApplicationPct: 40,
    applicationToLeasePct: 75,
    leadToLeasePct: 7.5,
    ...overrides,
  };
}

export function conversions(overrides: Partial<ConversionsDto> = {}): ConversionsDto {
  return {
    from: '2026-10-24',
    to: '2026-11-22',
    overall: {
      leads: 1240,
      tours: 310,
      applications: 124,
      leasesSigned: 93,
      leadToTourPct: 25,
      tourToApplicationPct: 40,
      applicationToLeasePct: 75,
      leadToLeasePct: 7.5,
    },
    months: [
      monthlyConversion(),
      monthlyConversion({
        month: '2026-11-01',
        leads: 300,
        tours: 90,
        applications: 30,
        leasesSigned: 21,
        leadToTourPct: 30,
        tourToApplicationPct: 33.3,
        applicationToLeasePct: 70,
        leadToLeasePct: 7,
      }),
    ],
    ...overrides,
  };
}

export function forecastWeek(overrides: Partial<ForecastWeekDto> = {}): ForecastWeekDto {
  return {
    week: 1,
    weekStart: '2026-11-23',
    weekEnd: '2026-11-29',
    moveOuts: 3,
    moveIns: 1,
    projectedOccupied: 411,
    projectedOccupancyPct: 94.5,
    ...overrides,
  };
}

export function forecast(overrides: Partial<ForecastDto> = {}): ForecastDto {
  return {
    asOf: '2026-11-22',
    units: 435,
    occupiedNow: 413,
    occupancyPctNow: 94.9,
    weeks: [
      forecastWeek(),
      forecastWeek({
        week: 2,
        weekStart: '2026-11-30',
        weekEnd: '2026-12-06',
        moveOuts: 0,
        moveIns: 4,
        projectedOccupied: 415,
        projectedOccupancyPct: 95.4,
      }),
    ],
    ...overrides,
  };
}

export function floorplanRow(overrides: Partial<FloorplanAvailRowDto> = {}): FloorplanAvailRowDto {
  return {
    floorplan: '1 Bed / 1 Bath',
    total: 1200,
    vacant: 24,
    notice: 10,
    availableToRent: 30,
    preLeased: 4,
    ...overrides,
  };
}

export function floorplanAvail(items: FloorplanAvailRowDto[] = [floorplanRow()]): FloorplanAvailDto {
  return { items };
}

export function marketing(overrides: Partial<MarketingDto> = {}): MarketingDto {
  return {
    from: '2026-10-24',
    to: '2026-11-22',
    total: 700,
    sources: [
      { source: 'Apartments.com', leads: 350, sharePct: 50 },
      { source: 'Zillow', leads: 245, sharePct: 35 },
      { source: 'Referral', leads: 105, sharePct: 15 },
    ],
    months: [
      {
        month: '2026-10-01',
        total: 400,
        sources: [
          { source: 'Apartments.com', leads: 200 },
          { source: 'Zillow', leads: 140 },
          { source: 'Referral', leads: 60 },
        ],
      },
      {
        month: '2026-11-01',
        total: 300,
        sources: [
          { source: 'Apartments.com', leads: 150 },
          { source: 'Zillow', leads: 105 },
          { source: 'Referral', leads: 45 },
        ],
      },
    ],
    ...overrides,
  };
}

export function maintenanceSummary(overrides: Partial<MaintenanceSummaryDto> = {}): MaintenanceSummaryDto {
  return {
    from: '2026-10-24',
    to: '2026-11-22',
    opened: 80,
    openNow: 14,
    averageDaysToClose: 3.4,
    medianDaysToClose: 2,
    urgentCompletedWithin48hPct: 87.5,
    byStatus: [
      { status: 'open', count: 6 },
      { status: 'in_progress', count: 4 },
      { status: 'completed', count: 68 },
      { status: 'cancelled', count: 2 },
    ],
    byPriority: [
      { priority: 'low', count: 20 },
      { priority: 'normal', count: 44 },
      { priority: 'high', count: 12 },
      { priority: 'emergency', count: 4 },
    ],
    byCategory: [
      { category: 'Plumbing', count: 32 },
      { category: 'HVAC', count: 28 },
      { category: 'Appliances', count: 20 },
    ],
    weekly: [
      { week: '2026-11-09', opened: 30, closed: 26 },
      { week: '2026-11-16', opened: 50, closed: 44 },
    ],
    ...overrides,
  };
}

/** The leasing API, answering every view with a small portfolio's data unless a test says otherwise. */
export function fakeLeasingApi() {
  return {
    getLeasingFunnel: jest.fn((_params?: Parameters<PortfolioLeasingApi['getLeasingFunnel']>[0]) => of(funnel())),
    getLeasingConversions: jest.fn((_params?: Parameters<PortfolioLeasingApi['getLeasingConversions']>[0]) =>
      of(conversions()),
    ),
    getLeasingForecast: jest.fn((_params?: Parameters<PortfolioLeasingApi['getLeasingForecast']>[0]) => of(forecast())),
    getLeasingFloorplanAvail: jest.fn((_params?: Parameters<PortfolioLeasingApi['getLeasingFloorplanAvail']>[0]) =>
      of(floorplanAvail()),
    ),
    getLeasingMarketing: jest.fn((_params?: Parameters<PortfolioLeasingApi['getLeasingMarketing']>[0]) =>
      of(marketing()),
    ),
  };
}

export function fakeMaintenanceApi() {
  return {
    getMaintenanceSummary: jest.fn((_params?: Parameters<PortfolioMaintenanceApi['getMaintenanceSummary']>[0]) =>
      of(maintenanceSummary()),
    ),
  };
}

export type FakeLeasingApi = ReturnType<typeof fakeLeasingApi>;
export type FakeMaintenanceApi = ReturnType<typeof fakeMaintenanceApi>;

export function provideFakeLeasingApi(api: FakeLeasingApi): Provider {
  return { provide: PortfolioLeasingApi, useValue: api };
}

export function provideFakeMaintenanceApi(api: FakeMaintenanceApi): Provider {
  return { provide: PortfolioMaintenanceApi, useValue: api };
}
