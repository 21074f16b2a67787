import { integer, smallint } from '../cells/number-cells';
import { slug, stateCode, text } from '../cells/text-cells';
import { ImportDataset, optional, required } from './import-dataset';
import { upsertStatement } from './upsert-statement';

const columns = [
  required('slug', slug()),
  required('name', text(200)),
  optional('address', text(200)),
  optional('city', text(100)),
  optional('state', stateCode()),
  // Stored as given, never counted from the units table: an integrator may send units later or never.
  required('unit_count', integer({ min: 0 })),
  optional('year_built', smallint({ min: 1800, max: 2100 })),
];

/** The organization's properties; the only dataset that creates properties. */
export const PROPERTIES_DATASET: ImportDataset = {
  name: 'properties',
  table: 'properties',
  owner: 'organization',
  columns,
  naturalKey: ['slug'],
  upsertSql: upsertStatement({
    table: 'properties',
    owner: 'organization_id',
    columns,
    conflict: ['organization_id', 'slug'],
  }),
};
