/**
 * The chart of accounts of `financial_lines`, shared by the demo generator and the financials
 * views. Contra-revenue accounts (losses, concessions, bad debt) are income lines recorded as
 * negative amounts, so total income is the plain sum of the income lines, as on a statement.
 */
export const INCOME_ACCOUNTS = {
  grossPotentialRent: 'Gross Potential Rent',
  lossToLease: 'Loss to Lease',
  vacancyLoss: 'Vacancy Loss',
  concessions: 'Concessions',
  badDebt: 'Bad Debt',
  otherIncome: 'Other Income',
} as const;

export const EXPENSE_ACCOUNTS = {
  payroll: 'Payroll',
  repairsAndMaintenance: 'Repairs & Maintenance',
  utilities: 'Utilities',
  marketing: 'Marketing',
  managementFees: 'Management Fees',
  propertyTaxes: 'Property Taxes',
  insurance: 'Insurance',
} as const;

/** The contra-revenue accounts: what is lost of gross potential rent before it is collected. */
export const REVENUE_LOSS_ACCOUNTS: readonly string[] = [
  INCOME_ACCOUNTS.lossToLease,
  INCOME_ACCOUNTS.vacancyLoss,
  INCOME_ACCOUNTS.concessions,
  INCOME_ACCOUNTS.badDebt,
];

/** Statement order: income accounts, then expense accounts. */
export const ACCOUNT_ORDER: readonly string[] = [...Object.values(INCOME_ACCOUNTS), ...Object.values(EXPENSE_ACCOUNTS)];
