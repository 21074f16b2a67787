import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { todayIso } from '../days';
import { LIVED_IN } from '../unit-states';
import { ViewQueries } from '../view-queries';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import { ExpirationChartDto, ExpirationChartQueryDto, ExpirationMonthDto } from './expiration-chart.dto';
import { RENEWAL_OUTCOME } from './renewal-window';

type ExpirationRow = ExpirationMonthDto & { from: string; to: string };

/** Lease expirations per month for a year ahead, by what becomes of them; months without any still appear. */
@Injectable()
export class ExpirationChartView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
    private readonly clock: Clock,
  ) {}

  async load(auth: ViewCaller, query: ExpirationChartQueryDto): Promise<ExpirationChartDto> {
    const today = todayIso(this.clock.now());
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const rows = await this.queries.rows<ExpirationRow>(
      scope,
      (inScope) => `
        WITH year AS (
          SELECT date_trunc('month', CAST(:asOf AS timestamp)) AS first_month,
                 date_trunc('month', CAST(:asOf AS timestamp)) + interval '12 months' AS after_last
        ), months AS (
          SELECT generate_series(year.first_month, year.after_last - interval '1 month', interval '1 month')::date AS month
            FROM year
        ), ending AS (
          SELECT date_trunc('month', u.lease_end::timestamp)::date AS month, ${RENEWAL_OUTCOME} AS outcome
            FROM units u
            JOIN properties p ON p.id = u.property_id
            CROSS JOIN year
           WHERE ${inScope} AND ${LIVED_IN} AND u.lease_end >= year.first_month AND u.lease_end < year.after_last)
        SELECT months.month::text AS month,
               count(ending.outcome)::int AS expiring,
               count(*) FILTER (WHERE ending.outcome = 'renewed')::int AS renewed,
               count(*) FILTER (WHERE ending.outcome = 'vacating')::int AS vacating,
               count(*) FILTER (WHERE ending.outcome = 'pending')::int AS pending,
               (SELECT first_month::date::text FROM year) AS from,
               (SELECT (after_last - interval '1 day')::date::text FROM year) AS to
          FROM months
          LEFT JOIN ending USING (month)
         GROUP BY months.month
         ORDER BY months.month`,
      { asOf: query.asOf ?? today },
    );
    const [first] = rows as [ExpirationRow, ...ExpirationRow[]];
    return {
      from: first.from,
      to: first.to,
      months: rows.map(({ from: _from, to: _to, ...month }) => month),
    };
  }
}
