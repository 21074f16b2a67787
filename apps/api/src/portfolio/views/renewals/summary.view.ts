import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { todayIso } from '../days';
import { percentSql } from '../unit-states';
import { ViewQueries } from '../view-queries';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import { LEASE_ENDING_IN_WINDOW, RENEWAL_OUTCOME, renewalWindow } from './renewal-window';
import { RenewalSummaryDto, RenewalSummaryQueryDto } from './summary.dto';

type SummaryCounts = Omit<RenewalSummaryDto, 'from' | 'to'>;

/** What becomes of the leases ending in the window, counted from the units. */
@Injectable()
export class RenewalSummaryView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
    private readonly clock: Clock,
  ) {}

  async load(auth: ViewCaller, query: RenewalSummaryQueryDto): Promise<RenewalSummaryDto> {
    const today = todayIso(this.clock.now());
    const window = renewalWindow(query, today);
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const counts = await this.queries.row<SummaryCounts>(
      scope,
      (inScope) => `
        WITH ending AS (
          SELECT ${RENEWAL_OUTCOME} AS outcome
            FROM units u
            JOIN properties p ON p.id = u.property_id
           WHERE ${inScope} AND ${LEASE_ENDING_IN_WINDOW})
        SELECT count(*)::int AS expiring,
               count(*) FILTER (WHERE outcome = 'renewed')::int AS renewed,
               count(*) FILTER (WHERE outcome = 'vacating')::int AS vacating,
               count(*) FILTER (WHERE outcome = 'pending')::int AS pending,
               ${percentSql(`count(*) FILTER (WHERE outcome = 'renewed')`, 'count(*)')} AS "renewalRatePct"
          FROM ending`,
      { ...window },
    );
    return { ...window, ...counts };
  }
}
