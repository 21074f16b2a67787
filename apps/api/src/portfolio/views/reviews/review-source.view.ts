import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { ReviewSource } from '../../data/portfolio-values';
import { todayIso } from '../days';
import { resolvePeriod } from '../period';
import { percent, roundTo1 } from '../ratios';
import { orderBy } from '../sorting';
import { utcIsoTimestamp, withinUtcDays } from '../utc-days';
import { ViewQueries } from '../view-queries';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import { DEFAULT_REVIEW_DAYS } from './review-period';
import { ReviewRowDto, ReviewSortKey, ReviewSourceDto, ReviewSourceQueryDto } from './review-source.dto';

const SORT_COLUMNS: Record<ReviewSortKey, string> = { postedAt: 'r.posted_at', rating: 'r.rating' };

type StatsRow = { count: number; responded: number; average_rating: number | null; mean_response_hours: number | null };

/**
 * The reviews of one source over a period: a page of them and their statistics. Google and
 * Apartments.com are the same view over a different `source`, so both routes use this class.
 * Two queries: the page, and the statistics (which also give the total past the last page).
 */
@Injectable()
export class ReviewSourceView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
    private readonly clock: Clock,
  ) {}

  async load(auth: ViewCaller, query: ReviewSourceQueryDto, source: ReviewSource): Promise<ReviewSourceDto> {
    const today = todayIso(this.clock.now());
    const period = resolvePeriod(query, DEFAULT_REVIEW_DAYS, today);
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const fromSourceInPeriod = `r.source = :source AND ${withinUtcDays('r.posted_at')}`;
    const [items, stats] = await Promise.all([
      this.queries.rows<ReviewRowDto>(
        scope,
        (inScope) => `
          SELECT r.id, p.id AS "propertyId", p.name AS "propertyName", r.rating::int AS rating, r.author,
                 r.body AS text, ${utcIsoTimestamp('r.posted_at')} AS "postedAt",
                 ${utcIsoTimestamp('r.responded_at')} AS "respondedAt", r.responded_at IS NOT NULL AS responded
            FROM reviews r
            JOIN properties p ON p.id = r.property_id
           WHERE ${inScope} AND ${fromSourceInPeriod}
           ${orderBy(query.sort, SORT_COLUMNS, 'r.id')}
           LIMIT :limit OFFSET :offset`,
        { ...period, source, limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
      ),
      this.queries.row<StatsRow>(
        scope,
        (inScope) => `
          SELECT count(*)::int AS count, count(r.responded_at)::int AS responded,
                 avg(r.rating)::float8 AS average_rating,
                 (avg(extract(epoch FROM r.responded_at - r.posted_at)) / 3600)::float8 AS mean_response_hours
            FROM reviews r JOIN properties p ON p.id = r.property_id
           WHERE ${inScope} AND ${fromSourceInPeriod}`,
        { ...period, source },
      ),
    ]);
    return {
      source,
      ...period,
      items,
      total: stats.count,
      page: query.page,
      pageSize: query.pageSize,
      averageRating: stats.average_rating === null ? null : roundTo1(stats.average_rating),
      responseRatePct: percent(stats.responded, stats.count),
      meanResponseHours: stats.mean_response_hours === null ? null : roundTo1(stats.mean_response_hours),
    };
  }
}
