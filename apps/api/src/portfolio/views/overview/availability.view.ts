import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { todayIso } from '../days';
import { resolvePeriod } from '../period';
import { AVAILABLE_TO_RENT, PRE_LEASED, VACANT_UNLEASED } from '../unit-states';
import { ViewQueries } from '../view-queries';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import { AtrPointDto, AvailabilityBucketsDto, AvailabilityDto, AvailabilityQueryDto } from './availability.dto';

const DEFAULT_DAYS = 90;

/**
 * Availability now from the units (the buckets) and the daily available-to-rent count over
 * from/to from the daily metrics: two queries, one per source.
 */
@Injectable()
export class AvailabilityView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
    private readonly clock: Clock,
  ) {}

  async load(auth: ViewCaller, query: AvailabilityQueryDto): Promise<AvailabilityDto> {
    const today = todayIso(this.clock.now());
    const period = resolvePeriod(query, DEFAULT_DAYS, today);
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const now = await this.queries.row<AvailabilityBucketsDto>(
      scope,
      (inScope) => `
        SELECT count(*) FILTER (WHERE ${VACANT_UNLEASED})::int AS "vacantReady",
               count(*) FILTER (WHERE ${PRE_LEASED})::int AS "vacantPreLeased",
               count(*) FILTER (WHERE u.status IN ('down', 'model'))::int AS "downOrModel",
               count(*) FILTER (WHERE u.status = 'notice')::int AS "noticeUnrented",
               count(*) FILTER (WHERE ${AVAILABLE_TO_RENT})::int AS "availableToRent"
          FROM units u
          JOIN properties p ON p.id = u.property_id
         WHERE ${inScope}`,
      { today },
    );
    const trend = await this.queries.rows<AtrPointDto>(
      scope,
      (inScope) => `
        WITH days AS (
          SELECT generate_series(CAST(:from AS timestamp), CAST(:to AS timestamp), interval '1 day')::date AS day
        ), measured AS (
          SELECT m.metric_date AS day, sum(m.available_to_rent) AS atr, count(*) AS properties
            FROM property_daily_metrics m
            JOIN properties p ON p.id = m.property_id
           WHERE ${inScope} AND m.metric_date BETWEEN CAST(:from AS date) AND CAST(:to AS date)
           GROUP BY m.metric_date)
        SELECT days.day::text AS date, measured.atr::int AS "availableToRent",
               coalesce(measured.properties, 0)::int AS properties
          FROM days
          LEFT JOIN measured USING (day)
         ORDER BY days.day`,
      { ...period },
    );
    return { now, ...period, trend };
  }
}
