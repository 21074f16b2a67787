import { date } from '../cells/date-cells';
import { decimal, integer } from '../cells/number-cells';
import { ImportDataset, required } from './import-dataset';
import { upsertStatement } from './upsert-statement';

const percentage = () => decimal(5, 2, { min: 0, max: 100 });
const count = (name: string) => required(name, integer({ min: 0 }));

const columns = [
  required('date', date(), 'metric_date'),
  required('occupancy_pct', percentage()),
  required('leased_pct', percentage()),
  count('vacant'),
  count('notice'),
  count('available_to_rent'),
  count('leads'),
  count('tours'),
  count('applications'),
  count('leases_signed'),
  count('renewals_offered'),
  count('renewals_signed'),
  count('move_outs'),
];

/** One row per property and day: occupancy, availability, leasing and renewals. */
export const METRICS_DATASET: ImportDataset = {
  name: 'metrics',
  table: 'property_daily_metrics',
  owner: 'property',
  columns,
  naturalKey: ['property_slug', 'date'],
  upsertSql: upsertStatement({
    table: 'property_daily_metrics',
    owner: 'property_id',
    columns,
    conflict: ['property_id', 'metric_date'],
  }),
};
