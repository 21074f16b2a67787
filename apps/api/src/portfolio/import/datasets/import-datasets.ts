import { ImportDatasetName } from '../import-values';
import { FINANCIALS_DATASET } from './financials.dataset';
import { ImportDataset } from './import-dataset';
import { METRICS_DATASET } from './metrics.dataset';
import { PROPERTIES_DATASET } from './properties.dataset';
import { REVIEWS_DATASET } from './reviews.dataset';
import { UNITS_DATASET } from './units.dataset';
import { WORK_ORDERS_DATASET } from './work-orders.dataset';

export const IMPORT_DATASET_DEFINITIONS: Readonly<Record<ImportDatasetName, ImportDataset>> = {
  properties: PROPERTIES_DATASET,
  units: UNITS_DATASET,
  metrics: METRICS_DATASET,
  financials: FINANCIALS_DATASET,
  reviews: REVIEWS_DATASET,
  'work-orders': WORK_ORDERS_DATASET,
};
