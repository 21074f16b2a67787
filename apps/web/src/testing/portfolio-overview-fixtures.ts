import type { Provider } from '@angular/core';
import {
  type AvailabilityDto,
  type BedroomRowDto,
  type BedroomTableDto,
  type MarketCompDto,
  type MarketCompsDto,
  type OccTrendDto,
  type OccTrendPointDto,
  PortfolioOverviewApi,
  type PropertyCompsDto,
  type TradeOutRowDto,
  type TradeOutsDto,
  type UnitMixDto,
  type UnitMixRowDto,
} from '@ownerdash/api-client';
import { of } from 'rxjs';

export function bedroomRow(overrides: Partial<BedroomRowDto> = {}): BedroomRowDto {
  return {
    bedrooms: 1,
    units: 120,
    occupied: 108,
    notice: 4,
    vacant: 8,
    occupancyPct: 93.3,
    avgSquareFeet: 712.5,
    avgMarketRent: 1450,
    avgCurrentRent: 1398.4,
    ...overrides,
  };
}

export function bedroomTable(items: BedroomRowDto[] = [bedroomRow()]): BedroomTableDto {
  const sum = (key: 'units' | 'occupied' | 'notice' | 'vacant') => items.reduce((total, row) => total + row[key], 0);
  return {
    items,
    total: {
      units: sum('units'),
      occupied: sum('occupied'),
      notice: sum('notice'),
      vacant: sum('vacant'),
      occupancyPct: items.length > 0 ? 93.3 : null,
      avgSquareFeet: items.length > 0 ? 890.2 : null,
      avgMarketRent: items.length > 0 ? 1610 : null,
      avgCurrentRent: items.length > 0 ? 1555 : null,
    },
  };
}

export function availability(overrides: Partial<AvailabilityDto> = {}): AvailabilityDto {
  return {
    from: '2026-10-22',
    to: '2026-11-20',
    now: { availableToRent: 30, vacantReady: 18, vacantPreLeased: 6, noticeUnrented: 12, downOrModel: 3 },
    trend: [
      { date: '2026-10-22', availableToRent: 34, properties: 3 },
      { date: '2026-10-23', availableToRent: null, properties: 0 },
      { date: '2026-10-24', availableToRent: 27, properties: 3 },
      { date: '2026-10-25', availableToRent: 30, properties: 3 },
    ],
    ...overrides,
  };
}

export function occTrendPoint(overrides: Partial<OccTrendPointDto> = {}): OccTrendPointDto {
  return { periodStart: '2026-11-01', periodEnd: '2026-11-07', occupancyPct: 93.4, leasedPct: 95.8, ...overrides };
}

export function occTrend(overrides: Partial<OccTrendDto> = {}): OccTrendDto {
  return {
    from: '2026-10-22',
    to: '2026-11-20',
    interval: 'week',
    // Weeks from Monday, the first and last clipped to the period: Thursday Oct 22 to Friday Nov 20.
    points: [
      occTrendPoint({ periodStart: '2026-10-22', periodEnd: '2026-10-25', occupancyPct: 92.1, leasedPct: 94.9 }),
      occTrendPoint({ periodStart: '2026-10-26', periodEnd: '2026-11-01', occupancyPct: 91.8, leasedPct: 95.2 }),
      occTrendPoint({ periodStart: '2026-11-02', periodEnd: '2026-11-08', occupancyPct: null, leasedPct: null }),
      occTrendPoint({ periodStart: '2026-11-09', periodEnd: '2026-11-15', occupancyPct: 93.4, leasedPct: 95.8 }),
      occTrendPoint({ periodStart: '2026-11-16', periodEnd: '2026-11-20', occupancyPct: 93, leasedPct: 95.5 }),
    ],
    ...overrides,
  };
}

export function marketComp(overrides: Partial<MarketCompDto> = {}): MarketCompDto {
  return { name: 'Lakeline Flats', distanceMiles: 0.8, occupancyPct: 95.1, averageRent: 1720, ...overrides };
}

export function propertyComps(overrides: Partial<PropertyCompsDto> = {}): PropertyCompsDto {
  return {
    propertyId: 'p-harbor',
    propertyName: 'Harbor View',
    averageCurrentRent: 1625.5,
    occupancyPct: 94.2,
    compAverageRent: 1685,
    comps: [
      marketComp(),
      marketComp({ name: 'Cedar Point', distanceMiles: 1.25, occupancyPct: 91, averageRent: 1650 }),
    ],
    ...overrides,
  };
}

export function marketComps(items: PropertyCompsDto[] = [propertyComps()]): MarketCompsDto {
  return { items };
}

export function unitMixRow(overrides: Partial<UnitMixRowDto> = {}): UnitMixRowDto {
  return {
    floorplan: 'A1',
    bedrooms: 1,
    bathrooms: 1,
    units: 120,
    avgSquareFeet: 712.5,
    avgMarketRent: 1450,
    avgCurrentRent: 1398.4,
    marketRentPerSqFt: 2.04,
    currentRentPerSqFt: 1.96,
    occupancyPct: 93.3,
    ...overrides,
  };
}

export function unitMix(items: UnitMixRowDto[] = [unitMixRow()]): UnitMixDto {
  return { items };
}

export function tradeOutRow(overrides: Partial<TradeOutRowDto> = {}): TradeOutRowDto {
  return {
    propertyId: 'p-harbor',
    propertyName: 'Harbor View',
    unitId: 'u-204',
    unitNumber: '204',
    floorplan: 'B2',
    leaseStart: '2026-11-01',
    previousRent: 1600,
    newRent: 1675,
    change: 75,
    changePct: 4.7,
    ...overrides,
  };
}

export function tradeOuts(items: TradeOutRowDto[], overrides: Partial<TradeOutsDto> = {}): TradeOutsDto {
  return {
    from: '2026-10-22',
    to: '2026-11-20',
    items,
    total: items.length,
    page: 1,
    pageSize: 25,
    averageChange: items.length > 0 ? 42.5 : null,
    averageChangePct: items.length > 0 ? 2.6 : null,
    ...overrides,
  };
}

type ParamsOf<K extends keyof PortfolioOverviewApi> = PortfolioOverviewApi[K] extends (...args: infer A) => unknown
  ? A[0]
  : never;

/** The overview API with each view's answer scripted per test; by default every view has data. */
export function fakeOverviewApi() {
  return {
    getOverviewBedroomTable: jest.fn((_params?: ParamsOf<'getOverviewBedroomTable'>) =>
      of(bedroomTable([bedroomRow({ bedrooms: 0, units: 40 }), bedroomRow()])),
    ),
    getOverviewAvailability: jest.fn((_params?: ParamsOf<'getOverviewAvailability'>) => of(availability())),
    getOverviewOccTrend: jest.fn((_params?: ParamsOf<'getOverviewOccTrend'>) => of(occTrend())),
    getOverviewMarketComps: jest.fn((_params?: ParamsOf<'getOverviewMarketComps'>) => of(marketComps())),
    getOverviewUnitMix: jest.fn((_params?: ParamsOf<'getOverviewUnitMix'>) => of(unitMix())),
    getOverviewTradeOuts: jest.fn((_params?: ParamsOf<'getOverviewTradeOuts'>) => of(tradeOuts([tradeOutRow()]))),
  };
}

export type FakeOverviewApi = ReturnType<typeof fakeOverviewApi>;

export function provideFakeOverviewApi(api: FakeOverviewApi): Provider {
  return { provide: PortfolioOverviewApi, useValue: api };
}
