import { EntityManager } from 'typeorm';
import { FieldCipher } from '../../field-encryption/field-cipher';
import { PropertyPortfolio } from './portfolio-rows';
import {
  DAILY_METRICS,
  EVICTIONS,
  FINANCIAL_LINES,
  FORMER_RESIDENTS,
  MARKET_COMPS,
  MONTHLY_COUNTS,
  PROPERTY_DETAILS,
  REVIEWS,
  UNITS,
  WORK_ORDERS,
} from './portfolio-tables';
import { columnArrays, insertRows, TableSpec, unnestSource } from './unnest-insert';

type TableKey = Exclude<keyof PropertyPortfolio, 'details'>;

/** How many rows of each table were written, and for how many properties. */
export type PortfolioCounts = Record<TableKey | 'properties', number>;

interface TableWrite {
  readonly key: TableKey;
  write(manager: EntityManager, batch: readonly PropertyPortfolio[], cipher: FieldCipher): Promise<number>;
}

function tableWrite<Row>(
  key: TableKey,
  spec: TableSpec<Row>,
  rowsOf: (portfolio: PropertyPortfolio) => readonly Row[],
): TableWrite {
  return {
    key,
    async write(manager, batch, cipher) {
      const rows = batch.flatMap(rowsOf);
      await insertRows(manager, spec, rows, cipher);
      return rows.length;
    },
  };
}

const TABLE_WRITES: readonly TableWrite[] = [
  tableWrite('units', UNITS, (portfolio) => portfolio.units),
  tableWrite('dailyMetrics', DAILY_METRICS, (portfolio) => portfolio.dailyMetrics),
  tableWrite('monthlyCounts', MONTHLY_COUNTS, (portfolio) => portfolio.monthlyCounts),
  tableWrite('financialLines', FINANCIAL_LINES, (portfolio) => portfolio.financialLines),
  tableWrite('reviews', REVIEWS, (portfolio) => portfolio.reviews),
  tableWrite('workOrders', WORK_ORDERS, (portfolio) => portfolio.workOrders),
  tableWrite('evictions', EVICTIONS, (portfolio) => portfolio.evictions),
  tableWrite('formerResidents', FORMER_RESIDENTS, (portfolio) => portfolio.formerResidents),
  tableWrite('marketComps', MARKET_COMPS, (portfolio) => portfolio.marketComps),
];

/**
 * Rows held before they are written: enough for a handful of properties per round trip,
 * few enough that memory stays flat however many properties stream through.
 */
const BATCH_ROWS = 25_000;

/**
 * Writes the properties' portfolios as they are generated, in one transaction (a savepoint
 * when the manager is already in one), so a failure leaves no half-filled portfolio behind.
 * Personal data is written encrypted by `cipher`. `onProgress` hears how many properties are
 * written after each batch.
 */
export function writePortfolio(
  manager: EntityManager,
  portfolios: Iterable<PropertyPortfolio>,
  cipher: FieldCipher,
  onProgress: (propertiesWritten: number) => void = () => undefined,
): Promise<PortfolioCounts> {
  return manager.transaction(async (transaction) => {
    const counts: PortfolioCounts = {
      properties: 0,
      units: 0,
      dailyMetrics: 0,
      monthlyCounts: 0,
      financialLines: 0,
      reviews: 0,
      workOrders: 0,
      evictions: 0,
      formerResidents: 0,
      marketComps: 0,
    };
    let batch: PropertyPortfolio[] = [];
    let batchRows = 0;
    const flush = async () => {
      await writeBatch(transaction, batch, counts, cipher);
      onProgress(counts.properties);
      batch = [];
      batchRows = 0;
    };
    for (const portfolio of portfolios) {
      batch.push(portfolio);
      batchRows += TABLE_WRITES.reduce((sum, table) => sum + portfolio[table.key].length, 0);
      if (batchRows >= BATCH_ROWS) {
        await flush();
      }
    }
    if (batch.length > 0) {
      await flush();
    }
    return counts;
  });
}

async function writeBatch(
  manager: EntityManager,
  batch: readonly PropertyPortfolio[],
  counts: PortfolioCounts,
  cipher: FieldCipher,
): Promise<void> {
  await manager.query(
    `UPDATE properties AS p
        SET address = d.address, city = d.city, state = d.state, unit_count = d.unit_count, year_built = d.year_built
       FROM ${unnestSource(PROPERTY_DETAILS.columns)} AS d (id, address, city, state, unit_count, year_built)
      WHERE p.id = d.id`,
    columnArrays(
      PROPERTY_DETAILS.columns,
      batch.map((portfolio) => portfolio.details),
    ),
  );
  counts.properties += batch.length;
  for (const table of TABLE_WRITES) {
    counts[table.key] += await table.write(manager, batch, cipher);
  }
}
