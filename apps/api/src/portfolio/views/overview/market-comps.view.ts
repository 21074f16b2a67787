import { Injectable } from '@nestjs/common';
import { LIVED_IN, percentSql } from '../unit-states';
import { ViewQueries } from '../view-queries';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import { MarketCompsDto, MarketCompsQueryDto, PropertyCompsDto } from './market-comps.dto';

/**
 * Each property's comps next to its own rent and occupancy. The comps nest per property
 * (json_agg) and the property's own figures come from a LATERAL aggregate of its units, all in
 * one query.
 */
@Injectable()
export class MarketCompsView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
  ) {}

  async load(auth: ViewCaller, query: MarketCompsQueryDto): Promise<MarketCompsDto> {
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const items = await this.queries.rows<PropertyCompsDto>(
      scope,
      (inScope) => `
        SELECT p.id AS "propertyId", p.name AS "propertyName",
               own.average_current_rent AS "averageCurrentRent", own.occupancy_pct AS "occupancyPct",
               round(avg(c.average_rent), 2)::float8 AS "compAverageRent",
               json_agg(json_build_object('name', c.name, 'distanceMiles', c.distance_miles::float8,
                                          'occupancyPct', c.occupancy_pct::float8, 'averageRent', c.average_rent::float8)
                        ORDER BY c.distance_miles, c.name) AS comps
          FROM properties p
          JOIN market_comps c ON c.property_id = p.id
          CROSS JOIN LATERAL (
            SELECT round(avg(u.current_rent) FILTER (WHERE ${LIVED_IN}), 2)::float8 AS average_current_rent,
                   ${percentSql(`count(*) FILTER (WHERE ${LIVED_IN})`, 'count(*)')} AS occupancy_pct
              FROM units u
             WHERE u.property_id = p.id) own
         WHERE ${inScope}
         GROUP BY p.id, p.name, own.average_current_rent, own.occupancy_pct
         ORDER BY p.name, p.id`,
    );
    return { items };
  }
}
