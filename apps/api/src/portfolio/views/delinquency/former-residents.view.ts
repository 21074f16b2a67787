import { Injectable } from '@nestjs/common';
import { COLLECTION_STATUSES, CollectionStatus } from '../../data/portfolio-values';
import { orderBy } from '../sorting';
import { ViewQueries } from '../view-queries';
import { PropertyFilterQueryDto } from '../view-query.dto';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
import {
  FormerResidentRowDto,
  FormerResidentsDto,
  FormerResidentSortKey,
  FormerResidentsQueryDto,
} from './former-residents.dto';

/**
 * `former_residents.balance` is what the resident left owing at move-out; the collection status
 * says what became of it. In house or with an agency it is still owed; paid, it was collected;
 * written off, it is lost. Partial payments are not recorded, so a debt is wholly in one state.
 */
const STILL_OWED = `f.collection_status IN ('in_house', 'agency')`;
const OWED_NOW = `CASE WHEN ${STILL_OWED} THEN f.balance ELSE 0 END`;

const ROW_COLUMNS = `f.id, p.id AS "propertyId", p.name AS "propertyName", f.unit_number AS "unitNumber",
                 f.moved_out_on::text AS "movedOutOn", f.balance::float8 AS "owedAtMoveOut",
                 (${OWED_NOW})::float8 AS "owedNow", f.collection_status AS "collectionStatus"`;

const SORT_COLUMNS: Record<FormerResidentSortKey, string> = {
  owedNow: OWED_NOW,
  owedAtMoveOut: 'f.balance',
  movedOutOn: 'f.moved_out_on',
  collectionStatus: 'f.collection_status',
  propertyName: 'p.name',
  unitNumber: 'f.unit_number',
};

/** `collectionStatus` is null on the grand-total row, the only one whose split matters. */
type StatusTotalRow = {
  collectionStatus: CollectionStatus | null;
  count: number;
  owedAtMoveOut: number;
  owedNow: number;
  collected: number;
  writtenOff: number;
};

/**
 * What former residents left owing and what became of it: still owed, collected or written off.
 * The resident's name is never selected: collections on former residents are tracked by unit,
 * and this view is shown more widely than the AR table. Two queries: the page, and the totals
 * per status with their grand total (which gives the row count and amounts even past the last
 * page); the amounts are summed as numeric in the database, so the split adds up to the cent.
 */
@Injectable()
export class FormerResidentsView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
  ) {}

  async load(auth: ViewCaller, query: FormerResidentsQueryDto): Promise<FormerResidentsDto> {
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const [items, totals] = await Promise.all([
      this.queries.rows<FormerResidentRowDto>(
        scope,
        (inScope) => `
          SELECT ${ROW_COLUMNS}
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
                 coalesce(sum(f.balance), 0)::float8 AS "owedAtMoveOut",
                 coalesce(sum(f.balance) FILTER (WHERE ${STILL_OWED}), 0)::float8 AS "owedNow",
                 coalesce(sum(f.balance) FILTER (WHERE f.collection_status = 'paid'), 0)::float8 AS collected,
                 coalesce(sum(f.balance) FILTER (WHERE f.collection_status = 'written_off'), 0)::float8 AS "writtenOff"
            FROM former_residents f JOIN properties p ON p.id = f.property_id
           WHERE ${inScope}
           GROUP BY GROUPING SETS ((f.collection_status), ())`,
      ),
    ]);
    const totalOf = new Map(totals.map((total) => [total.collectionStatus, total]));
    const all = totalOf.get(null);
    return {
      items,
      total: all?.count ?? 0,
      owedAtMoveOut: all?.owedAtMoveOut ?? 0,
      owedNow: all?.owedNow ?? 0,
      collected: all?.collected ?? 0,
      writtenOff: all?.writtenOff ?? 0,
      byCollectionStatus: COLLECTION_STATUSES.map((collectionStatus) => ({
        collectionStatus,
        count: totalOf.get(collectionStatus)?.count ?? 0,
        owedAtMoveOut: totalOf.get(collectionStatus)?.owedAtMoveOut ?? 0,
      })),
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** The former resident's balance with this id among `query`'s properties, or null. */
  async row(auth: ViewCaller, query: PropertyFilterQueryDto, id: string): Promise<FormerResidentRowDto | null> {
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const [row] = await this.queries.rows<FormerResidentRowDto>(
      scope,
      (inScope) => `
        SELECT ${ROW_COLUMNS}
          FROM former_residents f
          JOIN properties p ON p.id = f.property_id
         WHERE ${inScope} AND f.id = CAST(:id AS uuid)`,
      { id },
    );
    return row ?? null;
  }
}
