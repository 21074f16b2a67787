import { REVIEW_SOURCES } from '../../data/portfolio-values';
import { timestamp } from '../cells/date-cells';
import { smallint } from '../cells/number-cells';
import { oneOf, text } from '../cells/text-cells';
import { defaulted, ImportDataset, optional, required } from './import-dataset';
import { upsertStatement } from './upsert-statement';

const columns = [
  required('source', oneOf(REVIEW_SOURCES)),
  required('external_id', text(200)),
  required('rating', smallint({ min: 1, max: 5 })),
  required('author', text(200)),
  // A rating may come without words.
  defaulted('body', text(20_000), ''),
  required('posted_at', timestamp()),
  optional('responded_at', timestamp()),
];

/** Public reviews, keyed by their id at the source. */
export const REVIEWS_DATASET: ImportDataset = {
  name: 'reviews',
  table: 'reviews',
  owner: 'property',
  columns,
  naturalKey: ['property_slug', 'source', 'external_id'],
  upsertSql: upsertStatement({
    table: 'reviews',
    owner: 'property_id',
    columns,
    conflict: ['property_id', 'source', 'external_id'],
  }),
};
