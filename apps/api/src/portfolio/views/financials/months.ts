/** Financials are monthly: a period covers the months whose first day falls within it, twelve by default. */
export const DEFAULT_FINANCIAL_DAYS = 365;

/** The predicate selecting a period's months of `financial_lines` (alias `f`), on `:from`/`:to`. */
export const IN_PERIOD_MONTHS = 'f.month BETWEEN CAST(:from AS date) AND CAST(:to AS date)';
