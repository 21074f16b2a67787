import { Injectable } from '@nestjs/common';
import { AuthContext } from '../../../auth/auth-context';
import { COLLECTION_STATUSES, CollectionStatus } from '../../data/portfolio-values';
import { orderBy } from '../sorting';
import { ViewQueries } from '../view-queries';
import { ViewScopeResolver } from '../view-scope.resolver';
import {
  FormerResidentRowDto,
  FormerResidentsDto,
  FormerResidentSortKey,
  FormerResidentsQueryDto,
} from './former-residents.dto';

const SORT_COLUMNS: Record<FormerResidentSortKey, string> = {
  balance: 'f.balance',
  movedOutOn: 'f.moved_out_on',
  collectionStatus: 'f.collection_status',
  propertyName: 'p.name',
  unitNumber: 'f.unit_number',
};

/** `collectionStatus` is null on the grand-total row. */
type StatusTotalRow = { collectionStatus: CollectionStatus | null; count: number; balance: number };

/**
 * What former residents still owe and where collection stands. The resident's name is never
 * selected: collections on former residents are tracked by unit, and this view is shown more
 * widely than the AR table. Two queries: the page, and the totals per status with their grand
 * total (which gives the row count and balance even past the last page).
 */
@Injectable()
export class FormerResidentsView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
  ) {}

  async load(auth: AuthContext, query: FormerResidentsQueryDto): Promise<FormerResidentsDto> {
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const [items, totals] = await Promise.all([
      this.queries.rows<FormerResidentRowDto>(
        scope,
        (inScope) => `
          SELECT f.id, p.id AS "propertyId", p.name AS "propertyName", f.unit_number AS "unitNumber",
                 f.moved_out_on::text AS "movedOutOn", f.balance::float8 AS balance,
                 f.collection_status AS "collectionStatus"
            FROM former_residents f
            JOIN properties p ON p.id = f.property_id
           WHERE ${inScope}
           ${orderBy(query.sort, SORT_COLUMNS, 'f.id')}
           LIMIT :limit OFFSET :offset`,
        { limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
      ),
      this.queries.rows<StatusTotalRow>(
        scope,
        (inScope) => `
          SELECT f.collection_status AS "collectionStatus", count(*)::int AS count,
                 coalesce(sum(f.balance), 0)::float8 AS balance
            FROM former_residents f JOIN properties p ON p.id = f.property_id
           WHERE ${inScope}
           GROUP BY GROUPING SETS ((f.collection_status), ())`,
      ),
    ]);
    const totalOf = new Map(totals.map((total) => [total.collectionStatus, total]));
    return {
      items,
      total: totalOf.get(null)?.count ?? 0,
      totalBalance: totalOf.get(null)?.balance ?? 0,
      byCollectionStatus: COLLECTION_STATUSES.map((collectionStatus) => ({
        collectionStatus,
        count: totalOf.get(collectionStatus)?.count ?? 0,
        balance: totalOf.get(collectionStatus)?.balance ?? 0,
      })),
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
