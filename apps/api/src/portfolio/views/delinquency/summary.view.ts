import { Injectable } from '@nestjs/common';
import { percent } from '../ratios';
import { LIVED_IN } from '../unit-states';
import { ViewQueries } from '../view-queries';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import { agingBucketSql } from './aging-bucket';
import { AGING_BUCKETS, AgingBucket } from './ar-table.dto';
import { DelinquencySummaryDto, DelinquencySummaryQueryDto } from './summary.dto';

type SummaryRow = {
  total_units: number;
  delinquent_units: number;
  total_balance: number;
  scheduled_rent: number | null;
  buckets: { bucket: AgingBucket; units: number; balance: number }[];
};

/**
 * Aging of what current units owe, by days past due (the AR table's buckets), against the
 * number of units and the rent they are scheduled to pay in a month. One query: the totals
 * and the per-bucket sums are both aggregates of the same scoped units.
 */
@Injectable()
export class DelinquencySummaryView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
  ) {}

  async load(auth: ViewCaller, query: DelinquencySummaryQueryDto): Promise<DelinquencySummaryDto> {
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const row = await this.queries.row<SummaryRow>(
      scope,
      (inScope) => `
        WITH scoped AS (
          SELECT u.balance, u.days_past_due,
                 CASE WHEN ${LIVED_IN} THEN u.current_rent END AS current_rent
            FROM units u JOIN properties p ON p.id = u.property_id
           WHERE ${inScope}),
        buckets AS (
          SELECT ${agingBucketSql('days_past_due')} AS bucket,
                 count(*)::int AS units, sum(balance)::float8 AS balance
            FROM scoped
           WHERE balance > 0
           GROUP BY 1)
        SELECT count(*)::int AS total_units,
               count(*) FILTER (WHERE balance > 0)::int AS delinquent_units,
               coalesce(sum(balance) FILTER (WHERE balance > 0), 0)::float8 AS total_balance,
               sum(current_rent)::float8 AS scheduled_rent,
               coalesce((SELECT json_agg(buckets) FROM buckets), '[]') AS buckets
          FROM scoped`,
    );
    const byBucket = new Map(row.buckets.map((bucket) => [bucket.bucket, bucket]));
    return {
      buckets: AGING_BUCKETS.map((bucket) => ({
        bucket,
        units: byBucket.get(bucket)?.units ?? 0,
        balance: byBucket.get(bucket)?.balance ?? 0,
      })),
      delinquentUnits: row.delinquent_units,
      totalBalance: row.total_balance,
      totalUnits: row.total_units,
      delinquentUnitsPct: percent(row.delinquent_units, row.total_units),
      balancePctOfScheduledRent: percent(row.total_balance, row.scheduled_rent),
    };
  }
}
