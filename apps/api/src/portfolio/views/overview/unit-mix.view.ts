import { Injectable } from '@nestjs/common';
import { LIVED_IN, percentSql } from '../unit-states';
import { ViewQueries } from '../view-queries';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import { UnitFiguresDto, UnitMixDto, UnitMixQueryDto, UnitMixRowDto } from './unit-mix.dto';

/**
 * The units by floorplan with their pricing. Rows group by floorplan with its bedrooms and
 * bathrooms: properties may reuse a floorplan name for different layouts, which stay apart.
 */
@Injectable()
export class UnitMixView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
  ) {}

  async load(auth: ViewCaller, query: UnitMixQueryDto): Promise<UnitMixDto> {
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const items = await this.queries.rows<UnitMixRowDto>(
      scope,
      (inScope) => `
        SELECT u.floorplan, u.bedrooms::int AS bedrooms, u.bathrooms::float8 AS bathrooms,
               count(*)::int AS units,
               round(avg(u.square_feet), 1)::float8 AS "avgSquareFeet",
               round(avg(u.market_rent), 2)::float8 AS "avgMarketRent",
               round(avg(u.current_rent) FILTER (WHERE ${LIVED_IN}), 2)::float8 AS "avgCurrentRent",
               round(sum(u.market_rent) / nullif(sum(u.square_feet), 0), 2)::float8 AS "marketRentPerSqFt",
               round(sum(u.current_rent) FILTER (WHERE ${LIVED_IN})
                       / nullif(sum(u.square_feet) FILTER (WHERE ${LIVED_IN} AND u.current_rent IS NOT NULL), 0), 2)::float8
                 AS "currentRentPerSqFt",
               ${percentSql(`count(*) FILTER (WHERE ${LIVED_IN})`, 'count(*)')} AS "occupancyPct"
          FROM units u
          JOIN properties p ON p.id = u.property_id
         WHERE ${inScope}
         GROUP BY u.floorplan, u.bedrooms, u.bathrooms
         ORDER BY u.bedrooms, u.floorplan, u.bathrooms`,
    );
    return { items };
  }

  /**
   * One of the units the mix counts, by its number among `query`'s properties, or null: what it is
   * and rents for, and whether someone lives in it. Nothing of its resident.
   */
  async unit(auth: ViewCaller, query: UnitMixQueryDto, unitNumber: string): Promise<UnitFiguresDto | null> {
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const [unit] = await this.queries.rows<UnitFiguresDto>(
      scope,
      (inScope) => `
        SELECT u.id AS "unitId", p.id AS "propertyId", p.name AS "propertyName", u.unit_number AS "unitNumber",
               u.floorplan, u.bedrooms::int AS bedrooms, u.square_feet AS "squareFeet", u.status,
               u.market_rent::float8 AS "marketRent", u.current_rent::float8 AS "currentRent",
               u.lease_end::text AS "leaseEnd"
          FROM units u
          JOIN properties p ON p.id = u.property_id
         WHERE ${inScope} AND u.unit_number = :unitNumber`,
      { unitNumber },
    );
    return unit ?? null;
  }
}
