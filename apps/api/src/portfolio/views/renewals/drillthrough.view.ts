import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import { PersonalFields } from '../../../field-encryption/personal-fields';
import { RENEWAL_STATUSES, RenewalStatus } from '../../data/portfolio-values';
import { todayIso } from '../days';
import { RESIDENT_CONTACT_COLUMNS } from '../resident-contact-columns';
import { orderBy } from '../sorting';
import { countsByStatus, StatusCount } from '../status-counts';
import { ViewQueries } from '../view-queries';
import { ViewCaller, ViewScopeResolver } from '../view-scope.resolver';
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

/** A lease's columns but the resident's: what the table and a shared row have in common. */
const ROW_COLUMNS = `r."unitId", r."propertyId", r."propertyName", r."unitNumber", r."leaseEnd"::text AS "leaseEnd",
                 r."currentRent"::float8 AS "currentRent", r."marketRent"::float8 AS "marketRent", r."renewalStatus"`;

/** A lease ending without the resident's contact details. */
export type RenewalRowFigures = Omit<
  RenewalRowDto,
  'residentName' | 'residentEmail' | 'residentPhone' | 'personalDataUnavailable'
>;

/**
 * The leases ending in the window, with the residents' contact details (decrypted once the page is
 * read): renewal follow-up is this view's purpose. Two queries: the page, and the counts by status, which also give the
 * filtered total even past the last page.
 */
@Injectable()
export class RenewalDrillthroughView {
  constructor(
    private readonly scopes: ViewScopeResolver,
    private readonly queries: ViewQueries,
    private readonly clock: Clock,
    private readonly personal: PersonalFields,
  ) {}

  async load(auth: ViewCaller, query: RenewalDrillthroughQueryDto): Promise<RenewalDrillthroughDto> {
    const today = todayIso(this.clock.now());
    const window = renewalWindow(query, today);
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const [rows, counts] = await Promise.all([
      this.queries.rows<Omit<RenewalRowDto, 'personalDataUnavailable'>>(
        scope,
        (inScope) => `${endingLeases(inScope)}
          SELECT ${ROW_COLUMNS}, r."residentName", r."residentEmail", r."residentPhone"
            FROM r
           WHERE CAST(:status AS text) IS NULL OR r."renewalStatus" = :status
           ${orderBy(query.sort, SORT_COLUMNS, 'r."unitId"')}
           LIMIT :limit OFFSET :offset`,
        { ...window, status: query.status ?? null, limit: query.pageSize, offset: (query.page - 1) * query.pageSize },
      ),
      this.queries.rows<StatusCount<RenewalStatus>>(
        scope,
        (inScope) => `${endingLeases(inScope)}
          SELECT r."renewalStatus" AS status, count(*)::int AS count FROM r GROUP BY r."renewalStatus"`,
        { ...window },
      ),
    ]);
    return {
      ...window,
      items: this.personal.open(rows, RESIDENT_CONTACT_COLUMNS),
      ...countsByStatus(RENEWAL_STATUSES, counts, query.status),
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /**
   * The lease of the unit with this number among `query`'s properties while it ends in the window
   * (`query`'s period, by default the next 90 days), or null; without the resident's contact details.
   */
  async row(
    auth: ViewCaller,
    query: Pick<RenewalDrillthroughQueryDto, 'propertyIds' | 'from' | 'to'>,
    unitNumber: string,
  ): Promise<RenewalRowFigures | null> {
    const window = renewalWindow(query, todayIso(this.clock.now()));
    const scope = await this.scopes.resolve(auth, query.propertyIds);
    const [row] = await this.queries.rows<RenewalRowFigures>(
      scope,
      (inScope) => `${endingLeases(inScope)}
        SELECT ${ROW_COLUMNS} FROM r WHERE r."unitNumber" = :unitNumber`,
      { ...window, unitNumber },
    );
    return row ?? null;
  }
}
