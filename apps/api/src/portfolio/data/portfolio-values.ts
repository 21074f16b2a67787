/** The closed sets of values of the portfolio tables; the migrations' check constraints list the same. */
export const UNIT_STATUSES = ['occupied', 'vacant', 'notice', 'model', 'down'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];

export const RENEWAL_STATUSES = ['renewed', 'vacating', 'pending'] as const;
export type RenewalStatus = (typeof RENEWAL_STATUSES)[number];

export const MONTHLY_COUNT_KINDS = ['move_out_reason', 'lead_source'] as const;
export type MonthlyCountKind = (typeof MONTHLY_COUNT_KINDS)[number];

export const FINANCIAL_CATEGORIES = ['income', 'expense'] as const;
export type FinancialCategory = (typeof FINANCIAL_CATEGORIES)[number];

export const REVIEW_SOURCES = ['google', 'apartments'] as const;
export type ReviewSource = (typeof REVIEW_SOURCES)[number];

export const WORK_ORDER_PRIORITIES = ['low', 'normal', 'high', 'emergency'] as const;
export type WorkOrderPriority = (typeof WORK_ORDER_PRIORITIES)[number];

export const WORK_ORDER_STATUSES = ['open', 'in_progress', 'completed', 'cancelled'] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];

export const EVICTION_STATUSES = ['filed', 'judgment', 'writ', 'completed', 'dismissed'] as const;
export type EvictionStatus = (typeof EVICTION_STATUSES)[number];

export const COLLECTION_STATUSES = ['in_house', 'agency', 'paid', 'written_off'] as const;
export type CollectionStatus = (typeof COLLECTION_STATUSES)[number];
