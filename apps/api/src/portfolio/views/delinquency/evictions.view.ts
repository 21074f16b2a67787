import { Injectable } from '@nestjs/common';
import { PersonalFields } from '../../../field-encryption/personal-fields';
import { encryptedColumn } from '../../data/encrypted-columns';
import { EVICTION_STATUSES, EvictionStatus } from '../../data/portfolio-values';
import { orderBy } from '../sorting';
import { countsByStatus, StatusCount } from '../status-counts';
import { ViewQueries } from '../view-queries';
import { PropertyFilterQueryDto } from '../view-query.dto';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import { EvictionRowDto, EvictionsDto, EvictionSortKey, EvictionsQueryDto } from './evictions.dto';

const SORT_COLUMNS: Record<EvictionSortKey, string> = {
  filedOn: 'e.filed_on',
  closedOn: 'e.closed_on',
  balance: 'e.balance',
  status: 'e.status',
  propertyName: 'p.name',
  unitNumber: 'e.unit_number',
};

/** A case's columns but the resident's name: what the table and a shared row have in common. */
const ROW_COLUMNS = `e.id, p.id AS "propertyId", p.name AS "propertyName", e.unit_number AS "unitNumber",
                 e.case_number AS "caseNumber", e.filed_on::text AS "filedOn",
                 e.status, e.balance::float8 AS balance, e.closed_on::text AS "closedOn"`;

/** A case without the resident's name. */
export type EvictionRowFigures = Omit<EvictionRowDto, 'residentName' | 'personalDataUnavailable'>;

/**
 * Eviction cases, with the resident's name (the case is about them), decrypted once the page is read. Two queries: the page,
 * and the counts by status, which also give the filtered total even past the last page.
 */
@Injectable()
export class EvictionsView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
    private readonly personal: PersonalFields,
  ) {}

  async load(auth: ViewCaller, query: EvictionsQueryDto): Promise<EvictionsDto> {
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const [rows, counts] = await Promise.all([
      this.queries.rows<Omit<EvictionRowDto, 'personalDataUnavailable'>>(
        scope,
        (inScope) => `
          SELECT ${ROW_COLUMNS}, e.resident_name AS "residentName"
            FROM evictions e
            JOIN properties p ON p.id = e.property_id
           WHERE ${inScope} AND (CAST(:status AS text) IS NULL OR e.status = :status)
           ${orderBy(query.sort, SORT_COLUMNS, 'e.id')}
           LIMIT :limit OFFSET :offset`,
        { status: query.status ?? null, limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
      ),
      this.queries.rows<StatusCount<EvictionStatus>>(
        scope,
        (inScope) => `
          SELECT e.status, count(*)::int AS count
            FROM evictions e JOIN properties p ON p.id = e.property_id
           WHERE ${inScope}
           GROUP BY e.status`,
      ),
    ]);
    return {
      items: this.personal.open(rows, { residentName: encryptedColumn('evictions', 'resident_name') }),
      ...countsByStatus(EVICTION_STATUSES, counts, query.status),
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** The case with this id among `query`'s properties, or null; without the resident's name, which a shared row never shows. */
  async row(auth: ViewCaller, query: PropertyFilterQueryDto, id: string): Promise<EvictionRowFigures | null> {
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const [row] = await this.queries.rows<EvictionRowFigures>(
      scope,
      (inScope) => `
        SELECT ${ROW_COLUMNS}
          FROM evictions e
          JOIN properties p ON p.id = e.property_id
         WHERE ${inScope} AND e.id = CAST(:id AS uuid)`,
      { id },
    );
    return row ?? null;
  }
}
