import { Injectable } from '@nestjs/common';
import { AuthContext } from '../../../auth/auth-context';
import { Clock } from '../../../common/clock';
import { todayIso } from '../days';
import { LabelShareRow, labelSharesSql, MONTHS_OF_PERIOD } from '../monthly-count-shares';
import { resolvePeriod } from '../period';
import { ViewQueries } from '../view-queries';
import { ViewScopeResolver } from '../view-scope.resolver';
import { LeadSourceMonthDto, MarketingDto, MarketingQueryDto } from './marketing.dto';

const DEFAULT_DAYS = 365;

/**
 * Leads by source from the monthly lead-source counts: one query for the shares over the
 * period, one for the months (each month's sources nested with json_agg). The counts are
 * monthly, so the period covers the months it overlaps, whole.
 */
@Injectable()
export class MarketingView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
    private readonly clock: Clock,
  ) {}

  async load(auth: AuthContext, query: MarketingQueryDto): Promise<MarketingDto> {
    const today = todayIso(this.clock.now());
    const period = resolvePeriod(query, DEFAULT_DAYS, today);
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const parameters = { ...period, kind: 'lead_source' };
    const shares = await this.queries.rows<LabelShareRow>(scope, labelSharesSql, parameters);
    const months = await this.queries.rows<LeadSourceMonthDto>(
      scope,
      (inScope) => `
        WITH months AS (
          SELECT generate_series(date_trunc('month', CAST(:from AS timestamp)), CAST(:to AS timestamp),
                                 interval '1 month')::date AS month
        ), counted AS (
          SELECT c.month, c.label, sum(c.count) AS leads
            FROM property_monthly_counts c
            JOIN properties p ON p.id = c.property_id
           WHERE ${inScope} AND c.kind = :kind AND ${MONTHS_OF_PERIOD}
           GROUP BY c.month, c.label)
        SELECT months.month::text AS month, coalesce(sum(counted.leads), 0)::int AS total,
               coalesce(json_agg(json_build_object('source', counted.label, 'leads', counted.leads)
                                 ORDER BY counted.leads DESC, counted.label) FILTER (WHERE counted.label IS NOT NULL),
                        '[]') AS sources
          FROM months
          LEFT JOIN counted USING (month)
         GROUP BY months.month
         ORDER BY months.month`,
      parameters,
    );
    return {
      ...period,
      total: shares[0]?.total ?? 0,
      sources: shares.map((share) => ({ source: share.label, leads: share.count, sharePct: share.sharePct })),
      months,
    };
  }
}
