import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { todayIso } from '../days';
import { AVAILABLE_TO_RENT, PRE_LEASED } from '../unit-states';
import { ViewQueries } from '../view-queries';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import { FloorplanAvailDto, FloorplanAvailQueryDto, FloorplanAvailRowDto } from './floorplan-avail.dto';

/** Availability now by floorplan, counted the way the overview's availability buckets count it. */
@Injectable()
export class FloorplanAvailView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
    private readonly clock: Clock,
  ) {}

  async load(auth: ViewCaller, query: FloorplanAvailQueryDto): Promise<FloorplanAvailDto> {
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const items = await this.queries.rows<FloorplanAvailRowDto>(
      scope,
      (inScope) => `
        SELECT u.floorplan, count(*)::int AS total,
               count(*) FILTER (WHERE u.status = 'vacant')::int AS vacant,
               count(*) FILTER (WHERE u.status = 'notice')::int AS notice,
               count(*) FILTER (WHERE ${AVAILABLE_TO_RENT})::int AS "availableToRent",
               count(*) FILTER (WHERE ${PRE_LEASED})::int AS "preLeased"
          FROM units u
          JOIN properties p ON p.id = u.property_id
         WHERE ${inScope}
         GROUP BY u.floorplan
         ORDER BY u.floorplan`,
      { today: todayIso(this.clock.now()) },
    );
    return { items };
  }
}
