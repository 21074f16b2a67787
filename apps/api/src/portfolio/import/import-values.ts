/** The closed sets of values of import jobs; the import-jobs migration's check constraints list the same. */
export const IMPORT_DATASETS = ['properties', 'units', 'metrics', 'financials', 'reviews', 'work-orders'] as const;
export type ImportDatasetName = (typeof IMPORT_DATASETS)[number];

export const IMPORT_JOB_STATUSES = ['running', 'succeeded', 'failed'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/**
 * reading: the body is arriving (a CSV's rows are checked as they come); validating: the body is in
 * and the rows not yet checked are (all of a JSON array's); writing: the transaction is upserting;
 * done: finished, whether it succeeded or failed.
 */
export const IMPORT_JOB_PHASES = ['reading', 'validating', 'writing', 'done'] as const;
export type ImportJobPhase = (typeof IMPORT_JOB_PHASES)[number];
