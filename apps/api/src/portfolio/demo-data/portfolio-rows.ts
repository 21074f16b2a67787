import {
  CollectionStatus,
  EvictionStatus,
  FinancialCategory,
  MonthlyCountKind,
  RenewalStatus,
  ReviewSource,
  UnitStatus,
  WorkOrderPriority,
  WorkOrderStatus,
} from '../data/portfolio-values';

/**
 * The generated rows, one interface per table, shaped like the columns they are written to.
 * Dates are `YYYY-MM-DD`, timestamps ISO strings in UTC, money in dollars rounded to cents.
 */

export interface DemoProperty {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
}

export interface PropertyDetailsRow {
  readonly propertyId: string;
  readonly address: string;
  readonly city: string;
  readonly state: string;
  readonly unitCount: number;
  readonly yearBuilt: number;
}

export interface UnitRow {
  readonly propertyId: string;
  readonly unitNumber: string;
  readonly floorplan: string;
  readonly bedrooms: number;
  readonly bathrooms: number;
  readonly squareFeet: number;
  readonly marketRent: number;
  readonly currentRent: number | null;
  readonly previousRent: number | null;
  readonly status: UnitStatus;
  readonly leaseStart: string | null;
  readonly leaseEnd: string | null;
  readonly renewalStatus: RenewalStatus | null;
  readonly residentName: string | null;
  readonly residentEmail: string | null;
  readonly residentPhone: string | null;
  readonly balance: number;
  readonly daysPastDue: number;
  readonly churnRisk: number | null;
  readonly delinquencyRisk: number | null;
}

export interface DailyMetricRow {
  readonly propertyId: string;
  readonly metricDate: string;
  readonly occupancyPct: number;
  readonly leasedPct: number;
  readonly vacant: number;
  readonly notice: number;
  readonly availableToRent: number;
  readonly leads: number;
  readonly tours: number;
  readonly applications: number;
  readonly leasesSigned: number;
  readonly renewalsOffered: number;
  readonly renewalsSigned: number;
  readonly moveOuts: number;
}

export interface MonthlyCountRow {
  readonly propertyId: string;
  readonly month: string;
  readonly kind: MonthlyCountKind;
  readonly label: string;
  readonly count: number;
}

export interface FinancialLineRow {
  readonly propertyId: string;
  readonly month: string;
  readonly account: string;
  readonly category: FinancialCategory;
  readonly actual: number;
  readonly budget: number;
}

export interface ReviewRow {
  readonly propertyId: string;
  readonly source: ReviewSource;
  readonly externalId: string;
  readonly rating: number;
  readonly author: string;
  readonly body: string;
  readonly postedAt: string;
  readonly respondedAt: string | null;
}

export interface WorkOrderRow {
  readonly propertyId: string;
  readonly externalId: string;
  readonly unitNumber: string | null;
  readonly category: string;
  readonly priority: WorkOrderPriority;
  readonly status: WorkOrderStatus;
  readonly openedAt: string;
  readonly closedAt: string | null;
}

export interface EvictionRow {
  readonly propertyId: string;
  readonly caseNumber: string;
  readonly unitNumber: string;
  readonly residentName: string;
  readonly filedOn: string;
  readonly status: EvictionStatus;
  readonly balance: number;
  readonly closedOn: string | null;
}

export interface FormerResidentRow {
  readonly propertyId: string;
  readonly unitNumber: string;
  readonly residentName: string;
  readonly movedOutOn: string;
  readonly balance: number;
  readonly collectionStatus: CollectionStatus;
}

export interface MarketCompRow {
  readonly propertyId: string;
  readonly name: string;
  readonly distanceMiles: number;
  readonly occupancyPct: number;
  readonly averageRent: number;
}

/** Everything generated for one property. */
export interface PropertyPortfolio {
  readonly details: PropertyDetailsRow;
  readonly units: readonly UnitRow[];
  readonly dailyMetrics: readonly DailyMetricRow[];
  readonly monthlyCounts: readonly MonthlyCountRow[];
  readonly financialLines: readonly FinancialLineRow[];
  readonly reviews: readonly ReviewRow[];
  readonly workOrders: readonly WorkOrderRow[];
  readonly evictions: readonly EvictionRow[];
  readonly formerResidents: readonly FormerResidentRow[];
  readonly marketComps: readonly MarketCompRow[];
}
