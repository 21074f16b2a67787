import { DataSource } from 'typeorm';
import { Property } from '../../src/organizations/property.entity';
import { INCOME_ACCOUNTS } from '../../src/portfolio/data/financial-accounts';
import { FinancialLine } from '../../src/portfolio/data/financial-line.entity';

export type FinancialLineFixture = Pick<FinancialLine, 'month' | 'account' | 'actual' | 'budget'>;

const INCOME = new Set<string>(Object.values(INCOME_ACCOUNTS));

/** Monthly lines of the shared chart of accounts; the category follows from the account. */
export async function insertFinancialLines(
  dataSource: DataSource,
  property: Property,
  lines: FinancialLineFixture[],
): Promise<void> {
  await dataSource.getRepository(FinancialLine).insert(
    lines.map((line) => ({
      ...line,
      category: INCOME.has(line.account) ? ('income' as const) : ('expense' as const),
      propertyId: property.id,
    })),
  );
}
