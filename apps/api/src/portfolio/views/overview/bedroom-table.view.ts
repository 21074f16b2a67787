import { Injectable } from '@nestjs/common';
import { LIVED_IN, percentSql } from '../unit-states';
import { ViewQueries } from '../view-queries';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import { BedroomCountsDto, BedroomRowDto, BedroomTableDto, BedroomTableQueryDto } from './bedroom-table.dto';

type BedroomRow = BedroomCountsDto & { bedrooms: number | null };

/** The units by bedroom count, with the all-units total from the same GROUPING SETS query. */
@Injectable()
export class BedroomTableView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
  ) {}

  async load(auth: ViewCaller, query: BedroomTableQueryDto): Promise<BedroomTableDto> {
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const rows = await this.queries.rows<BedroomRow>(
      scope,
      (inScope) => `
        SELECT u.bedrooms::int AS bedrooms,
               count(u.id)::int AS units,
               count(u.id) FILTER (WHERE u.status = 'occupied')::int AS occupied,
               count(u.id) FILTER (WHERE u.status = 'vacant')::int AS vacant,
               count(u.id) FILTER (WHERE u.status = 'notice')::int AS notice,
               ${percentSql(`count(u.id) FILTER (WHERE ${LIVED_IN})`, 'count(u.id)')} AS "occupancyPct",
               round(avg(u.square_feet), 1)::float8 AS "avgSquareFeet",
               round(avg(u.market_rent), 2)::float8 AS "avgMarketRent",
               round(avg(u.current_rent) FILTER (WHERE ${LIVED_IN}), 2)::float8 AS "avgCurrentRent"
          FROM units u
          JOIN properties p ON p.id = u.property_id
         WHERE ${inScope}
         GROUP BY GROUPING SETS ((u.bedrooms), ())
         ORDER BY u.bedrooms NULLS FIRST`,
    );
    // The grand-total set always yields a row (bedrooms null, sorted first), even without units.
    const [total, ...items] = rows as [BedroomRow, ...BedroomRowDto[]];
    return { items, total: withoutBedrooms(total) };
  }
}

function withoutBedrooms({ bedrooms: _bedrooms, ...counts }: BedroomRow): BedroomCountsDto {
  return counts;
}
