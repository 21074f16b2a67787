import { RENEWAL_STATUSES, UNIT_STATUSES } from '../../data/portfolio-values';
import { date } from '../cells/date-cells';
import { decimal, integer, smallint } from '../cells/number-cells';
import { email, oneOf, phone, text } from '../cells/text-cells';
import { defaulted, ImportDataset, optional, required } from './import-dataset';
import { upsertStatement } from './upsert-statement';

const rent = () => decimal(10, 2, { min: 0 });
const risk = () => decimal(4, 3, { min: 0, max: 1 });

const columns = [
  required('unit_number', text(40)),
  required('floorplan', text(100)),
  required('bedrooms', smallint({ min: 0, max: 10 })),
  required('bathrooms', decimal(3, 1, { min: 0 })),
  required('square_feet', integer({ min: 0 })),
  required('market_rent', rent()),
  optional('current_rent', rent()),
  optional('previous_rent', rent()),
  required('status', oneOf(UNIT_STATUSES)),
  optional('lease_start', date()),
  optional('lease_end', date()),
  optional('renewal_status', oneOf(RENEWAL_STATUSES)),
  optional('resident_name', text(200)),
  optional('resident_email', email()),
  optional('resident_phone', phone()),
  defaulted('balance', decimal(12, 2), '0'),
  defaulted('days_past_due', integer({ min: 0 }), 0),
  optional('churn_risk', risk()),
  optional('delinquency_risk', risk()),
];

/** Units with their current lease and resident. The property's unit_count is left as the properties import set it. */
export const UNITS_DATASET: ImportDataset = {
  name: 'units',
  table: 'units',
  owner: 'property',
  columns,
  naturalKey: ['property_slug', 'unit_number'],
  upsertSql: upsertStatement({
    table: 'units',
    owner: 'property_id',
    columns,
    conflict: ['property_id', 'unit_number'],
    onChange: 'updated_at = now()',
  }),
};
