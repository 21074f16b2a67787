import { Injectable } from '@nestjs/common';
import { PersonalFields } from '../../../field-encryption/personal-fields';
import { RESIDENT_CONTACT_COLUMNS } from '../resident-contact-columns';
import { orderBy } from '../sorting';
import { ViewQueries } from '../view-queries';
import { PropertyFilterQueryDto } from '../view-query.dto';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import { agingBucketSql } from './aging-bucket';
import { ArRowDto, ArTableDto, ArTableQueryDto, ArTableSortKey } from './ar-table.dto';

const SORT_COLUMNS: Record<ArTableSortKey, string> = {
  balance: 'u.balance',
  daysPastDue: 'u.days_past_due',
  unitNumber: 'u.unit_number',
  propertyName: 'p.name',
};

/** A row's columns but the resident's: what the table and a shared row have in common. */
const ROW_COLUMNS = `u.id AS "unitId", p.id AS "propertyId", p.name AS "propertyName", u.unit_number AS "unitNumber",
               u.balance::float8 AS balance, u.days_past_due AS "daysPastDue",
               ${agingBucketSql('u.days_past_due')} AS "agingBucket",
               u.current_rent::float8 AS "currentRent", u.lease_end::text AS "leaseEnd"`;

/** A row without its resident's contact details. */
export type ArRowFigures = Omit<
  ArRowDto,
  'residentName' | 'residentEmail' | 'residentPhone' | 'personalDataUnavailable'
>;

/**
 * Units that owe money, with the resident's contact details for collections (this view's
 * purpose needs them), decrypted once the page is read. The page is read in its sort order and stops at its last row (sorted by
 * balance it walks `units_owing_order_idx`); the count and balance of every owing unit in scope
 * come from the per-property totals that `property_receivables` keeps, so neither reads every
 * owing unit of a large portfolio.
 */
@Injectable()
export class ArTableView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
    private readonly personal: PersonalFields,
  ) {}

  async load(auth: ViewCaller, query: ArTableQueryDto): Promise<ArTableDto> {
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const rows = await this.queries.rows<Omit<ArRowDto, 'personalDataUnavailable'>>(
      scope,
      (inScope) => `
        SELECT ${ROW_COLUMNS}, u.resident_name AS "residentName", u.resident_email AS "residentEmail",
               u.resident_phone AS "residentPhone"
          FROM units u
          JOIN properties p ON p.id = u.property_id
         WHERE ${inScope} AND u.balance > 0
         ${orderBy(query.sort, SORT_COLUMNS, 'u.id')}
         LIMIT :limit OFFSET :offset`,
      { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
    );
    const totals = await this.queries.row<{ total: number; total_balance: number }>(
      scope,
      (inScope) => `
        SELECT coalesce(sum(r.units_owing), 0)::int AS total, coalesce(sum(r.balance_owed), 0)::float8 AS total_balance
          FROM property_receivables r JOIN properties p ON p.id = r.property_id
         WHERE ${inScope}`,
    );
    return {
      items: this.personal.open(rows, RESIDENT_CONTACT_COLUMNS),
      total: totals.total,
      totalBalance: totals.total_balance,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /**
   * The row of the unit with this number among `query`'s properties, while it owes money; null
   * otherwise. Without the resident's contact details, which a shared row never shows.
   */
  async row(auth: ViewCaller, query: PropertyFilterQueryDto, unitNumber: string): Promise<ArRowFigures | null> {
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const [row] = await this.queries.rows<ArRowFigures>(
      scope,
      (inScope) => `
        SELECT ${ROW_COLUMNS}
          FROM units u
          JOIN properties p ON p.id = u.property_id
         WHERE ${inScope} AND u.balance > 0 AND u.unit_number = :unitNumber`,
      { unitNumber },
    );
    return row ?? null;
  }
}
