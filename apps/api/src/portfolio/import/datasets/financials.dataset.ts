import { FINANCIAL_CATEGORIES } from '../../data/portfolio-values';
import { month } from '../cells/date-cells';
import { decimal } from '../cells/number-cells';
import { oneOf, text } from '../cells/text-cells';
import { ImportDataset, required } from './import-dataset';
import { upsertStatement } from './upsert-statement';

const columns = [
  required('month', month()),
  required('account', text(100)),
  required('category', oneOf(FINANCIAL_CATEGORIES)),
  required('actual', decimal(14, 2)),
  required('budget', decimal(14, 2)),
];

/** Income-statement lines per property, month and account, actual against budget. */
export const FINANCIALS_DATASET: ImportDataset = {
  name: 'financials',
  table: 'financial_lines',
  owner: 'property',
  columns,
  naturalKey: ['property_slug', 'month', 'account'],
  upsertSql: upsertStatement({
    table: 'financial_lines',
    owner: 'property_id',
    columns,
    conflict: ['property_id', 'month', 'account'],
  }),
};
