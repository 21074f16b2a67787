import { Injectable } from '@nestjs/common';
import { ViewQueries } from '../views/view-queries';
import { ViewCaller, ViewScopeResolver } from '../views/view-scope.resolver';
import { PortfolioPropertyDto, PortfolioPropertyListDto } from './portfolio-properties.dto';

/** The caller's properties with their headline numbers: what the property picker and the overview list show. */
@Injectable()
export class PortfolioPropertiesView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
  ) {}

  async load(auth: ViewCaller): Promise<PortfolioPropertyListDto> {
    const scope = await this.scopes.resolve(auth, undefined);
    const items = await this.queries.rows<PortfolioPropertyDto>(
      scope,
      (inScope) => `
        SELECT p.id, p.name, p.slug, p.city, p.state, p.unit_count AS "unitCount",
               m.occupancy_pct::float8 AS "occupancyPct", m.leased_pct::float8 AS "leasedPct",
               coalesce(ar.balance, 0)::float8 AS "delinquentBalance", coalesce(wo.open, 0)::int AS "openWorkOrders"
          FROM properties p
          LEFT JOIN LATERAL (
            SELECT occupancy_pct, leased_pct FROM property_daily_metrics
             WHERE property_id = p.id ORDER BY metric_date DESC LIMIT 1) m ON true
          LEFT JOIN LATERAL (
            SELECT sum(balance) AS balance FROM units WHERE property_id = p.id AND balance > 0) ar ON true
          LEFT JOIN LATERAL (
            SELECT count(*) AS open FROM work_orders
             WHERE property_id = p.id AND status IN ('open', 'in_progress')) wo ON true
         WHERE ${inScope}
         ORDER BY p.name, p.id`,
    );
    return { items };
  }
}
