import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import {
  WORK_ORDER_PRIORITIES,
  WORK_ORDER_STATUSES,
  WorkOrderPriority,
  WorkOrderStatus,
} from '../../data/portfolio-values';
import { todayIso } from '../days';
import { resolvePeriod } from '../period';
import { percent, roundTo1 } from '../ratios';
import { withinUtcDays } from '../utc-days';
import { ViewQueries } from '../view-queries';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import {
  MaintenanceSummaryDto,
  MaintenanceSummaryQueryDto,
  WeeklyWorkOrdersDto,
  WorkOrderCategoryCountDto,
} from './summary.dto';

const DEFAULT_DAYS = 90;
const DAY_SECONDS = 86_400;

type SummaryRow = {
  opened: number;
  by_status: Partial<Record<WorkOrderStatus, number>>;
  by_priority: Partial<Record<WorkOrderPriority, number>>;
  by_category: WorkOrderCategoryCountDto[];
  open_now: number;
  average_days: number | null;
  median_days: number | null;
  urgent: number;
  urgent_within_48h: number;
};

/**
 * Work orders opened in a period: their mix, how fast completed ones closed and how urgent ones
 * fared against a 48-hour target, plus the weekly balance of opened against closed. Two queries:
 * the summary (one row of aggregates over the same scoped rows) and the weekly series.
 */
@Injectable()
export class MaintenanceSummaryView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
    private readonly clock: Clock,
  ) {}

  async load(auth: ViewCaller, query: MaintenanceSummaryQueryDto): Promise<MaintenanceSummaryDto> {
    const today = todayIso(this.clock.now());
    const period = resolvePeriod(query, DEFAULT_DAYS, today);
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const [summary, weekly] = await Promise.all([
      this.queries.row<SummaryRow>(
        scope,
        (inScope) => `
          WITH scoped AS (
            SELECT wo.* FROM work_orders wo JOIN properties p ON p.id = wo.property_id WHERE ${inScope}),
          opened AS (
            SELECT *, extract(epoch FROM closed_at - opened_at) / ${DAY_SECONDS} AS days_to_close
              FROM scoped WHERE ${withinUtcDays('opened_at')})
          SELECT (SELECT count(*)::int FROM opened) AS opened,
                 (SELECT coalesce(json_object_agg(status, n), '{}')
                    FROM (SELECT status, count(*)::int AS n FROM opened GROUP BY status) s) AS by_status,
                 (SELECT coalesce(json_object_agg(priority, n), '{}')
                    FROM (SELECT priority, count(*)::int AS n FROM opened GROUP BY priority) s) AS by_priority,
                 (SELECT coalesce(json_agg(json_build_object('category', category, 'count', n)
                                           ORDER BY n DESC, category), '[]')
                    FROM (SELECT category, count(*)::int AS n FROM opened GROUP BY category) s) AS by_category,
                 (SELECT count(*)::int FROM scoped WHERE status IN ('open', 'in_progress')) AS open_now,
                 (SELECT avg(days_to_close)::float8 FROM opened WHERE status = 'completed') AS average_days,
                 (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY days_to_close)::float8
                    FROM opened WHERE status = 'completed') AS median_days,
                 (SELECT count(*)::int FROM opened
                   WHERE priority IN ('emergency', 'high') AND status <> 'cancelled') AS urgent,
                 (SELECT count(*)::int FROM opened
                   WHERE priority IN ('emergency', 'high') AND status = 'completed' AND days_to_close <= 2)
                   AS urgent_within_48h`,
        { ...period },
      ),
      this.queries.rows<WeeklyWorkOrdersDto>(
        scope,
        (inScope) => `
          WITH scoped AS (
            SELECT wo.opened_at, wo.closed_at
              FROM work_orders wo JOIN properties p ON p.id = wo.property_id
             WHERE ${inScope} AND (${withinUtcDays('wo.opened_at')} OR ${withinUtcDays('wo.closed_at')})),
          opened AS (
            SELECT date_trunc('week', opened_at AT TIME ZONE 'UTC') AS week, count(*) AS n
              FROM scoped WHERE ${withinUtcDays('opened_at')} GROUP BY 1),
          closed AS (
            SELECT date_trunc('week', closed_at AT TIME ZONE 'UTC') AS week, count(*) AS n
              FROM scoped WHERE ${withinUtcDays('closed_at')} GROUP BY 1)
          SELECT w.week::date::text AS week, coalesce(opened.n, 0)::int AS opened, coalesce(closed.n, 0)::int AS closed
            FROM generate_series(date_trunc('week', CAST(:from AS date)::timestamp),
                                 CAST(:to AS date)::timestamp, interval '1 week') AS w(week)
            LEFT JOIN opened ON opened.week = w.week
            LEFT JOIN closed ON closed.week = w.week
           ORDER BY w.week`,
        { ...period },
      ),
    ]);
    return {
      ...period,
      opened: summary.opened,
      byStatus: WORK_ORDER_STATUSES.map((status) => ({ status, count: summary.by_status[status] ?? 0 })),
      byPriority: WORK_ORDER_PRIORITIES.map((priority) => ({ priority, count: summary.by_priority[priority] ?? 0 })),
      byCategory: summary.by_category,
      openNow: summary.open_now,
      averageDaysToClose: summary.average_days === null ? null : roundTo1(summary.average_days),
      medianDaysToClose: summary.median_days === null ? null : roundTo1(summary.median_days),
      urgentCompletedWithin48hPct: percent(summary.urgent_within_48h, summary.urgent),
      weekly,
    };
  }
}
