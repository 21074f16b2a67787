import { WORK_ORDER_PRIORITIES, WORK_ORDER_STATUSES } from '../../data/portfolio-values';
import { timestamp } from '../cells/date-cells';
import { oneOf, text } from '../cells/text-cells';
import { ImportDataset, optional, required } from './import-dataset';
import { upsertStatement } from './upsert-statement';

const columns = [
  required('external_id', text(200)),
  optional('unit_number', text(40)),
  required('category', text(100)),
  required('priority', oneOf(WORK_ORDER_PRIORITIES)),
  required('status', oneOf(WORK_ORDER_STATUSES)),
  required('opened_at', timestamp()),
  optional('closed_at', timestamp()),
];

/** Maintenance requests, keyed by their number in the property-management system. */
export const WORK_ORDERS_DATASET: ImportDataset = {
  name: 'work-orders',
  table: 'work_orders',
  owner: 'property',
  columns,
  naturalKey: ['property_slug', 'external_id'],
  // As work_orders_closed_ck requires; timestamps are checked as UTC text of one width, so text order is time order.
  checkRow: (row) => {
    const openedAt = row.get('opened_at');
    const closedAt = row.get('closed_at');
    return typeof openedAt === 'string' && typeof closedAt === 'string' && closedAt < openedAt
      ? { field: 'closed_at', problem: 'must not be before opened_at' }
      : undefined;
  },
  upsertSql: upsertStatement({
    table: 'work_orders',
    owner: 'property_id',
    columns,
    conflict: ['property_id', 'external_id'],
  }),
};
