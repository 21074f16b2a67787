import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { REVIEW_SOURCES, ReviewSource } from '../../data/portfolio-values';
import { todayIso } from '../days';
import { resolvePeriod } from '../period';
import { percent, roundTo1 } from '../ratios';
import { withinUtcDays } from '../utc-days';
import { ViewQueries } from '../view-queries';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import { ReputationDto, ReputationQueryDto } from './reputation.dto';
import { DEFAULT_REVIEW_DAYS } from './review-period';

/** `source` is null on the all-sources row. */
type SourceRow = { source: ReviewSource | null; count: number; responded: number; average_rating: number | null };
type MonthRow = { month: string; count: number; average_rating: number | null };

/**
 * Reputation across review sources. The overall mean is taken over all reviews, which is the
 * sources' means weighted by their counts. Two queries: per source with the all-sources total
 * (grouping sets), and the monthly trend over every month of the period.
 */
@Injectable()
export class ReputationView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
    private readonly clock: Clock,
  ) {}

  async load(auth: ViewCaller, query: ReputationQueryDto): Promise<ReputationDto> {
    const today = todayIso(this.clock.now());
    const period = resolvePeriod(query, DEFAULT_REVIEW_DAYS, today);
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const [bySource, trend] = await Promise.all([
      this.queries.rows<SourceRow>(
        scope,
        (inScope) => `
          SELECT r.source, count(*)::int AS count, count(r.responded_at)::int AS responded,
                 avg(r.rating)::float8 AS average_rating
            FROM reviews r JOIN properties p ON p.id = r.property_id
           WHERE ${inScope} AND ${withinUtcDays('r.posted_at')}
           GROUP BY GROUPING SETS ((r.source), ())`,
        { ...period },
      ),
      this.queries.rows<MonthRow>(
        scope,
        (inScope) => `
          WITH rated AS (
            SELECT date_trunc('month', r.posted_at AT TIME ZONE 'UTC')::date AS month, r.rating
              FROM reviews r JOIN properties p ON p.id = r.property_id
             WHERE ${inScope} AND ${withinUtcDays('r.posted_at')})
          SELECT m.month::date::text AS month, count(rated.rating)::int AS count,
                 avg(rated.rating)::float8 AS average_rating
            FROM generate_series(date_trunc('month', CAST(:from AS date)::timestamp),
                                 CAST(:to AS date)::timestamp, interval '1 month') AS m(month)
            LEFT JOIN rated ON rated.month = m.month::date
           GROUP BY m.month
           ORDER BY m.month`,
        { ...period },
      ),
    ]);
    const rowOf = new Map(bySource.map((row) => [row.source, row]));
    const all = rowOf.get(null);
    return {
      ...period,
      sources: REVIEW_SOURCES.map((source) => ({
        source,
        count: rowOf.get(source)?.count ?? 0,
        averageRating: rating(rowOf.get(source)?.average_rating ?? null),
      })),
      count: all?.count ?? 0,
      averageRating: rating(all?.average_rating ?? null),
      responseRatePct: percent(all?.responded ?? 0, all?.count ?? 0),
      trend: trend.map((month) => ({
        month: month.month,
        count: month.count,
        averageRating: rating(month.average_rating),
      })),
    };
  }
}

function rating(average: number | null): number | null {
  return average === null ? null : roundTo1(average);
}
