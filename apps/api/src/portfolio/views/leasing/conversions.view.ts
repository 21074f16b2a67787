import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { todayIso } from '../days';
import { resolvePeriod } from '../period';
import { percentSql } from '../unit-states';
import { ViewQueries } from '../view-queries';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import { ConversionRatesDto, ConversionsDto, ConversionsQueryDto, MonthlyConversionDto } from './conversions.dto';

const DEFAULT_DAYS = 365;

type ConversionRow = ConversionRatesDto & { month: string | null };

/**
 * Funnel conversion rates per month and over the whole period, from the daily metrics. The
 * overall row comes from the same GROUPING SETS query; months without data appear with zero
 * counts and null rates.
 */
@Injectable()
export class ConversionsView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
    private readonly clock: Clock,
  ) {}

  async load(auth: ViewCaller, query: ConversionsQueryDto): Promise<ConversionsDto> {
    const today = todayIso(this.clock.now());
    const period = resolvePeriod(query, DEFAULT_DAYS, today);
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const rows = await this.queries.rows<ConversionRow>(
      scope,
      (inScope) => `
        WITH months AS (
          SELECT generate_series(date_trunc('month', CAST(:from AS timestamp)), CAST(:to AS timestamp),
                                 interval '1 month')::date AS month
        ), counted AS (
          SELECT date_trunc('month', m.metric_date::timestamp)::date AS month, sum(m.leads) AS leads,
                 sum(m.tours) AS tours, sum(m.applications) AS applications, sum(m.leases_signed) AS leases
            FROM property_daily_metrics m
            JOIN properties p ON p.id = m.property_id
           WHERE ${inScope} AND m.metric_date BETWEEN CAST(:from AS date) AND CAST(:to AS date)
           GROUP BY 1)
        SELECT months.month::text AS month,
               coalesce(sum(c.leads), 0)::int AS leads,
               coalesce(sum(c.tours), 0)::int AS tours,
               coalesce(sum(c.applications), 0)::int AS applications,
               coalesce(sum(c.leases), 0)::int AS "leasesSigned",
               ${percentSql('sum(c.tours)', 'sum(c.leads)')} AS "leadToTourPct",
               ${percentSql('sum(c.applications)', 'sum(c.tours)')} AS "tourToApplicationPct",
               ${percentSql('sum(c.leases)', 'sum(c.applications)')} AS "applicationToLeasePct",
               ${percentSql('sum(c.leases)', 'sum(c.leads)')} AS "leadToLeasePct"
          FROM months
          LEFT JOIN counted c USING (month)
         GROUP BY GROUPING SETS ((months.month), ())
         ORDER BY months.month NULLS FIRST`,
      { ...period },
    );
    // The grand-total set yields the overall row, month null, sorted first.
    const [overall, ...months] = rows as [ConversionRow, ...MonthlyConversionDto[]];
    return { ...period, overall: withoutMonth(overall), months };
  }
}

function withoutMonth({ month: _month, ...rates }: ConversionRow): ConversionRatesDto {
  return rates;
}
