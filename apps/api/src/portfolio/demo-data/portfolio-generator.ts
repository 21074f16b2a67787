import { generateEvictions } from './evictions';
import { generateFinancialLines } from './financial-lines';
import { generateFormerResidents } from './former-residents';
import { generateMarketComps } from './market-comps';
import { countStatuses, generateDailyMetrics } from './metric-series';
import { generateMonthlyCounts } from './monthly-counts';
import { DemoProperty, PropertyPortfolio } from './portfolio-rows';
import { propertyProfile } from './property-profile';
import { generateReviews } from './reviews';
import { generateUnits } from './unit-generator';
import { generateWorkOrders } from './work-orders';

export interface PortfolioRequest {
  /** Any text; the same seed, asOf and properties give the same rows. */
  readonly seed: string;
  /** The last day of data, `YYYY-MM-DD` (UTC). */
  readonly asOf: string;
  readonly properties: readonly DemoProperty[];
}

/**
 * One property's rows. Its random streams are named by the seed and the property's slug,
 * so a property's data does not depend on its id, on the other properties or on their order.
 */
export function generatePropertyPortfolio(seed: string, asOf: string, property: DemoProperty): PropertyPortfolio {
  const profile = propertyProfile(seed, asOf, property);
  const units = generateUnits(profile);
  const dailyMetrics = generateDailyMetrics(profile, countStatuses(units));
  const evictions = generateEvictions(profile, units);
  return {
    details: {
      propertyId: property.id,
      address: profile.address,
      city: profile.city.name,
      state: profile.city.state,
      unitCount: units.length,
      yearBuilt: profile.yearBuilt,
    },
    units,
    dailyMetrics,
    monthlyCounts: generateMonthlyCounts(profile, dailyMetrics),
    financialLines: generateFinancialLines(profile, units, dailyMetrics),
    reviews: generateReviews(profile),
    workOrders: generateWorkOrders(profile, units),
    evictions,
    formerResidents: generateFormerResidents(profile, units, evictions),
    marketComps: generateMarketComps(profile, units),
  };
}

/** The properties' rows one property at a time, so a caller can write them without holding them all. */
export function* generatePortfolio(request: PortfolioRequest): Generator<PropertyPortfolio> {
  for (const property of request.properties) {
    yield generatePropertyPortfolio(request.seed, request.asOf, property);
  }
}
