import { Injectable } from '@nestjs/common';
import { AuthContext } from '../../../auth/auth-context';
import { orderBy } from '../sorting';
import { ViewQueries } from '../view-queries';
import { ViewScopeResolver } from '../view-scope.resolver';
import { agingBucketSql } from './aging-bucket';
import { ArRowDto, ArTableDto, ArTableQueryDto, ArTableSortKey } from './ar-table.dto';

const SORT_COLUMNS: Record<ArTableSortKey, string> = {
  balance: 'u.balance',
  daysPastDue: 'u.days_past_due',
  unitNumber: 'u.unit_number',
  propertyName: 'p.name',
  residentName: 'u.resident_name',
};

type ArRow = ArRowDto & { total: number; total_balance: number };

/**
 * Units that owe money, with the resident's contact details for collections (this view's
 * purpose needs them). The count and the balance of every page come from window functions
 * of the same query, so a page costs one round trip.
 */
@Injectable()
export class ArTableView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
  ) {}

  async load(auth: AuthContext, query: ArTableQueryDto): Promise<ArTableDto> {
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const rows = await this.queries.rows<ArRow>(
      scope,
      (inScope) => `
        SELECT u.id AS "unitId", p.id AS "propertyId", p.name AS "propertyName", u.unit_number AS "unitNumber",
               u.resident_name AS "residentName", u.resident_email AS "residentEmail",
               u.resident_phone AS "residentPhone", u.balance::float8 AS balance, u.days_past_due AS "daysPastDue",
               ${agingBucketSql('u.days_past_due')} AS "agingBucket",
               u.current_rent::float8 AS "currentRent", u.lease_end::text AS "leaseEnd",
               count(*) OVER ()::int AS total, sum(u.balance) OVER ()::float8 AS total_balance
          FROM units u
          JOIN properties p ON p.id = u.property_id
         WHERE ${inScope} AND u.balance > 0
         ${orderBy(query.sort, SORT_COLUMNS, 'u.id')}
         LIMIT :limit OFFSET :offset`,
      { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
    );
    const totals = rows[0] ?? (await this.totals(scope));
    return {
      items: rows.map(({ total: _total, total_balance: _totalBalance, ...row }) => row),
      total: totals.total,
      totalBalance: totals.total_balance,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** Past the last page the window functions have no row to ride on. */
  private totals(scope: Parameters<ViewQueries['row']>[0]): Promise<{ total: number; total_balance: number }> {
    return this.queries.row(
      scope,
      (inScope) => `
        SELECT count(*)::int AS total, coalesce(sum(u.balance), 0)::float8 AS total_balance
          FROM units u JOIN properties p ON p.id = u.property_id
         WHERE ${inScope} AND u.balance > 0`,
    );
  }
}
