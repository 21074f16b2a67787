import { Injectable } from '@nestjs/common';
import { AuthContext } from '../../../auth/auth-context';
import { orderBy } from '../sorting';
import { ViewQueries } from '../view-queries';
import { ViewScope, ViewScopeResolver } from '../view-scope.resolver';
import {
  DrillthroughSortKey,
  RenewalDrillthroughDto,
  RenewalDrillthroughQueryDto,
  RenewalRowDto,
} from './drillthrough.dto';
import { LEASE_ENDING_IN_WINDOW, RENEWAL_OUTCOME, renewalWindow } from './renewal-window';

const SORT_COLUMNS: Record<DrillthroughSortKey, string> = {
  leaseEnd: 'r."leaseEnd"',
  unitNumber: 'r."unitNumber"',
  propertyName: 'r."propertyName"',
  residentName: 'r."residentName"',
  currentRent: 'r."currentRent"',
  marketRent: 'r."marketRent"',
  renewalStatus: 'r."renewalStatus"',
};

/** The leases ending in the window with what becomes of them, optionally of one outcome. */
function endingLeases(inScope: string): string {
  return `
    WITH r AS (
      SELECT u.id AS "unitId", p.id AS "propertyId", p.name AS "propertyName", u.unit_number AS "unitNumber",
             u.resident_name AS "residentName", u.resident_email AS "residentEmail",
             u.resident_phone AS "residentPhone", u.lease_end AS "leaseEnd", u.current_rent AS "currentRent",
             u.market_rent AS "marketRent", ${RENEWAL_OUTCOME} AS "renewalStatus"
        FROM units u
        JOIN properties p ON p.id = u.property_id
       WHERE ${inScope} AND ${LEASE_ENDING_IN_WINDOW})`;
}

const OF_STATUS = `(CAST(:status AS text) IS NULL OR r."renewalStatus" = :status)`;

/**
 * The leases ending in the window, with the residents' contact details: renewal follow-up is
 * this view's purpose. The count of every page comes from a window function of the page's query.
 */
@Injectable()
export class RenewalDrillthroughView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
  ) {}

  async load(auth: AuthContext, query: RenewalDrillthroughQueryDto): Promise<RenewalDrillthroughDto> {
    const window = renewalWindow(query);
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const parameters = { ...window, status: query.status ?? null };
    const rows = await this.queries.rows<RenewalRowDto & { total: number }>(
      scope,
      (inScope) => `${endingLeases(inScope)}
        SELECT r."unitId", r."propertyId", r."propertyName", r."unitNumber", r."residentName", r."residentEmail",
               r."residentPhone", r."leaseEnd"::text AS "leaseEnd", r."currentRent"::float8 AS "currentRent",
               r."marketRent"::float8 AS "marketRent", r."renewalStatus", count(*) OVER ()::int AS total
          FROM r
         WHERE ${OF_STATUS}
         ${orderBy(query.sort, SORT_COLUMNS, 'r."unitId"')}
         LIMIT :limit OFFSET :offset`,
      { ...parameters, limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
    );
    const total = rows[0]?.total ?? (await this.total(scope, parameters));
    return {
      ...window,
      items: rows.map(({ total: _total, ...row }) => row),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** Past the last page the window function has no row to ride on. */
  private async total(scope: ViewScope, parameters: Record<string, unknown>): Promise<number> {
    const { total } = await this.queries.row<{ total: number }>(
      scope,
      (inScope) => `${endingLeases(inScope)} SELECT count(*)::int AS total FROM r WHERE ${OF_STATUS}`,
      parameters,
    );
    return total;
  }
}
