import type { Params } from '@angular/router';
import type { UserStatus } from '@ownerdash/api-client';
import { type Role, ROLES } from '@ownerdash/contracts';

export const PAGE_SIZES: readonly number[] = [10, 25, 50, 100];
const DEFAULT_PAGE_SIZE = 25;
const STATUSES: readonly UserStatus[] = ['active', 'inactive', 'pending'];

/** What the team page shows: kept in the query string, so reloading and going back keep it. */
export interface TeamQuery {
  readonly q: string;
  readonly role: Role | null;
  readonly status: UserStatus | null;
  readonly page: number;
  readonly pageSize: number;
}

export interface TeamQueryParams {
  readonly q?: string;
  readonly role?: string;
  readonly status?: string;
  readonly page?: string;
  readonly pageSize?: string;
}

/** Reads the query string; anything unknown or out of range falls back to the default. */
export function teamQueryFromParams(params: TeamQueryParams): TeamQuery {
  const page = Number(params.page);
  const pageSize = Number(params.pageSize);
  return {
    q: params.q?.trim() ?? '',
    role: (ROLES as readonly string[]).includes(params.role ?? '') ? (params.role as Role) : null,
    status: (STATUSES as readonly string[]).includes(params.status ?? '') ? (params.status as UserStatus) : null,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** The query string of a query, without the defaults. */
export function teamQueryToParams(query: TeamQuery): Params {
  return {
    q: query.q || null,
    role: query.role,
    status: query.status,
    page: query.page > 1 ? query.page : null,
    pageSize: query.pageSize === DEFAULT_PAGE_SIZE ? null : query.pageSize,
  };
}

/** The parameters of `GET /api/admin/users` for a query. */
export function listUsersParams(query: TeamQuery) {
  return {
    ...(query.q ? { q: query.q } : {}),
    ...(query.role ? { role: query.role } : {}),
    ...(query.status ? { status: query.status } : {}),
    page: query.page,
    pageSize: query.pageSize,
  };
}

export function hasFilters(query: TeamQuery): boolean {
  return query.q !== '' || query.role !== null || query.status !== null;
}
