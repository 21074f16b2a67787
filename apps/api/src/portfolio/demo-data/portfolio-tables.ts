import {
  DailyMetricRow,
  EvictionRow,
  FinancialLineRow,
  FormerResidentRow,
  MarketCompRow,
  MonthlyCountRow,
  PropertyDetailsRow,
  ReviewRow,
  UnitRow,
  WorkOrderRow,
} from './portfolio-rows';
import { TableSpec } from './unnest-insert';

/** Where each generated field goes: the columns of the portfolio tables (see the Portfolio migration). */

export const PROPERTY_DETAILS: TableSpec<PropertyDetailsRow> = {
  table: 'properties',
  columns: [
    { name: 'id', type: 'uuid', value: (row) => row.propertyId },
    { name: 'address', type: 'text', value: (row) => row.address },
    { name: 'city', type: 'text', value: (row) => row.city },
    { name: 'state', type: 'text', value: (row) => row.state },
    { name: 'unit_count', type: 'integer', value: (row) => row.unitCount },
    { name: 'year_built', type: 'smallint', value: (row) => row.yearBuilt },
  ],
};

export const UNITS: TableSpec<UnitRow> = {
  table: 'units',
  columns: [
    { name: 'property_id', type: 'uuid', value: (row) => row.propertyId },
    { name: 'unit_number', type: 'text', value: (row) => row.unitNumber },
    { name: 'floorplan', type: 'text', value: (row) => row.floorplan },
    { name: 'bedrooms', type: 'smallint', value: (row) => row.bedrooms },
    { name: 'bathrooms', type: 'numeric', value: (row) => row.bathrooms },
    { name: 'square_feet', type: 'integer', value: (row) => row.squareFeet },
    { name: 'market_rent', type: 'numeric', value: (row) => row.marketRent },
    { name: 'current_rent', type: 'numeric', value: (row) => row.currentRent },
    { name: 'previous_rent', type: 'numeric', value: (row) => row.previousRent },
    { name: 'status', type: 'text', value: (row) => row.status },
    { name: 'lease_start', type: 'date', value: (row) => row.leaseStart },
    { name: 'lease_end', type: 'date', value: (row) => row.leaseEnd },
    { name: 'renewal_status', type: 'text', value: (row) => row.renewalStatus },
    { name: 'resident_name', type: 'text', value: (row) => row.residentName },
    { name: 'resident_email', type: 'text', value: (row) => row.residentEmail },
    { name: 'resident_phone', type: 'text', value: (row) => row.residentPhone },
    { name: 'balance', type: 'numeric', value: (row) => row.balance },
    { name: 'days_past_due', type: 'integer', value: (row) => row.daysPastDue },
    { name: 'churn_risk', type: 'numeric', value: (row) => row.churnRisk },
    { name: 'delinquency_risk', type: 'numeric', value: (row) => row.delinquencyRisk },
  ],
};

export const DAILY_METRICS: TableSpec<DailyMetricRow> = {
  table: 'property_daily_metrics',
  columns: [
    { name: 'property_id', type: 'uuid', value: (row) => row.propertyId },
    { name: 'metric_date', type: 'date', value: (row) => row.metricDate },
    { name: 'occupancy_pct', type: 'numeric', value: (row) => row.occupancyPct },
    { name: 'leased_pct', type: 'numeric', value: (row) => row.leasedPct },
    { name: 'vacant', type: 'integer', value: (row) => row.vacant },
    { name: 'notice', type: 'integer', value: (row) => row.notice },
    { name: 'available_to_rent', type: 'integer', value: (row) => row.availableToRent },
    { name: 'leads', type: 'integer', value: (row) => row.leads },
    { name: 'tours', type: 'integer', value: (row) => row.tours },
    { name: 'applications', type: 'integer', value: (row) => row.applications },
    { name: 'leases_signed', type: 'integer', value: (row) => row.leasesSigned },
    { name: 'renewals_offered', type: 'integer', value: (row) => row.renewalsOffered },
    { name: 'renewals_signed', type: 'integer', value: (row) => row.renewalsSigned },
    { name: 'move_outs', type: 'integer', value: (row) => row.moveOuts },
  ],
};

export const MONTHLY_COUNTS: TableSpec<MonthlyCountRow> = {
  table: 'property_monthly_counts',
  columns: [
    { name: 'property_id', type: 'uuid', value: (row) => row.propertyId },
    { name: 'month', type: 'date', value: (row) => row.month },
    { name: 'kind', type: 'text', value: (row) => row.kind },
    { name: 'label', type: 'text', value: (row) => row.label },
    { name: 'count', type: 'integer', value: (row) => row.count },
  ],
};

export const FINANCIAL_LINES: TableSpec<FinancialLineRow> = {
  table: 'financial_lines',
  columns: [
    { name: 'property_id', type: 'uuid', value: (row) => row.propertyId },
    { name: 'month', type: 'date', value: (row) => row.month },
    { name: 'account', type: 'text', value: (row) => row.account },
    { name: 'category', type: 'text', value: (row) => row.category },
    { name: 'actual', type: 'numeric', value: (row) => row.actual },
    { name: 'budget', type: 'numeric', value: (row) => row.budget },
  ],
};

export const REVIEWS: TableSpec<ReviewRow> = {
  table: 'reviews',
  columns: [
    { name: 'property_id', type: 'uuid', value: (row) => row.propertyId },
    { name: 'source', type: 'text', value: (row) => row.source },
    { name: 'external_id', type: 'text', value: (row) => row.externalId },
    { name: 'rating', type: 'smallint', value: (row) => row.rating },
    { name: 'author', type: 'text', value: (row) => row.author },
    { name: 'body', type: 'text', value: (row) => row.body },
    { name: 'posted_at', type: 'timestamptz', value: (row) => row.postedAt },
    { name: 'responded_at', type: 'timestamptz', value: (row) => row.respondedAt },
  ],
};

export const WORK_ORDERS: TableSpec<WorkOrderRow> = {
  table: 'work_orders',
  columns: [
    { name: 'property_id', type: 'uuid', value: (row) => row.propertyId },
    { name: 'external_id', type: 'text', value: (row) => row.externalId },
    { name: 'unit_number', type: 'text', value: (row) => row.unitNumber },
    { name: 'category', type: 'text', value: (row) => row.category },
    { name: 'priority', type: 'text', value: (row) => row.priority },
    { name: 'status', type: 'text', value: (row) => row.status },
    { name: 'opened_at', type: 'timestamptz', value: (row) => row.openedAt },
    { name: 'closed_at', type: 'timestamptz', value: (row) => row.closedAt },
  ],
};

export const EVICTIONS: TableSpec<EvictionRow> = {
  table: 'evictions',
  columns: [
    { name: 'property_id', type: 'uuid', value: (row) => row.propertyId },
    { name: 'case_number', type: 'text', value: (row) => row.caseNumber },
    { name: 'unit_number', type: 'text', value: (row) => row.unitNumber },
    { name: 'resident_name', type: 'text', value: (row) => row.residentName },
    { name: 'filed_on', type: 'date', value: (row) => row.filedOn },
    { name: 'status', type: 'text', value: (row) => row.status },
    { name: 'balance', type: 'numeric', value: (row) => row.balance },
    { name: 'closed_on', type: 'date', value: (row) => row.closedOn },
  ],
};

export const FORMER_RESIDENTS: TableSpec<FormerResidentRow> = {
  table: 'former_residents',
  columns: [
    { name: 'property_id', type: 'uuid', value: (row) => row.propertyId },
    { name: 'unit_number', type: 'text', value: (row) => row.unitNumber },
    { name: 'resident_name', type: 'text', value: (row) => row.residentName },
    { name: 'moved_out_on', type: 'date', value: (row) => row.movedOutOn },
    { name: 'balance', type: 'numeric', value: (row) => row.balance },
    { name: 'collection_status', type: 'text', value: (row) => row.collectionStatus },
  ],
};

export const MARKET_COMPS: TableSpec<MarketCompRow> = {
  table: 'market_comps',
  columns: [
    { name: 'property_id', type: 'uuid', value: (row) => row.propertyId },
    { name: 'name', type: 'text', value: (row) => row.name },
    { name: 'distance_miles', type: 'numeric', value: (row) => row.distanceMiles },
    { name: 'occupancy_pct', type: 'numeric', value: (row) => row.occupancyPct },
    { name: 'average_rent', type: 'numeric', value: (row) => row.averageRent },
  ],
};
