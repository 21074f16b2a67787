import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { addDays, daysIn, todayIso } from '../days';
import { resolvePeriod } from '../period';
import { ViewQueries } from '../view-queries';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import { FunnelCountsDto, FunnelDto, FunnelQueryDto } from './funnel.dto';

const DEFAULT_DAYS = 30;

type FunnelRow = Record<keyof FunnelCountsDto | `previous_${keyof FunnelCountsDto}`, number>;

const STAGES: Record<keyof FunnelCountsDto, string> = {
  leads: 'm.leads',
  tours: 'm.tours',
  applications: 'm.applications',
  leasesSigned: 'm.leases_signed',
};

/** Leasing activity over the period and the period of equal length just before it, in one pass over both. */
@Injectable()
export class FunnelView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
    private readonly clock: Clock,
  ) {}

  async load(auth: ViewCaller, query: FunnelQueryDto): Promise<FunnelDto> {
    const today = todayIso(this.clock.now());
    const period = resolvePeriod(query, DEFAULT_DAYS, today);
    const previousFrom = addDays(period.from, -daysIn(period.from, period.to));
    const previousTo = addDays(period.from, -1);
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const sums = Object.entries(STAGES).flatMap(([stage, column]) => [
      `coalesce(sum(${column}) FILTER (WHERE m.metric_date >= CAST(:from AS date)), 0)::int AS "${stage}"`,
      `coalesce(sum(${column}) FILTER (WHERE m.metric_date < CAST(:from AS date)), 0)::int AS "previous_${stage}"`,
    ]);
    const row = await this.queries.row<FunnelRow>(
      scope,
      (inScope) => `
        SELECT ${sums.join(',\n               ')}
          FROM property_daily_metrics m
          JOIN properties p ON p.id = m.property_id
         WHERE ${inScope} AND m.metric_date BETWEEN CAST(:previousFrom AS date) AND CAST(:to AS date)`,
      { from: period.from, to: period.to, previousFrom },
    );
    return {
      ...period,
      current: { leads: row.leads, tours: row.tours, applications: row.applications, leasesSigned: row.leasesSigned },
      previousFrom,
      previousTo,
      previous: {
        leads: row.previous_leads,
        tours: row.previous_tours,
        applications: row.previous_applications,
        leasesSigned: row.previous_leasesSigned,
      },
    };
  }
}
