import { Injectable } from '@nestjs/common';
import { TAB_IDS, TabId, VIEW_IDS, ViewId, visibleItems } from '@ownerdash/contracts';
import { DataSource } from 'typeorm';
import { AuthContext } from '../auth/auth-context';
import { PropertyScope } from './property-scope';

export interface EffectivePermissions {
  readonly tabs: readonly TabId[];
  readonly views: readonly ViewId[];
  readonly scope: PropertyScope;
}

type Caller = Pick<AuthContext, 'userId' | 'organizationId' | 'role' | 'permissionVersion'>;

interface SettingsRow {
  readonly tabs: [string, boolean][];
  readonly views: [string, boolean][];
  readonly propertyIds: string[];
}

/** Enough for every user of a large installation; the least recently used entries go first. */
const CACHE_SIZE = 10_000;

/**
 * What a user may see, computed once per user and permission version. Every change to a
 * user's rights bumps the version, so a cached entry is never stale: a new version is a
 * new key, on every API instance alike.
 */
@Injectable()
export class EffectivePermissionsService {
  private readonly cache = new Map<string, EffectivePermissions>();

  constructor(private readonly dataSource: DataSource) {}

  async of(caller: Caller): Promise<EffectivePermissions> {
    const key = `${caller.userId}:${caller.permissionVersion}:${caller.role}`;
    const cached = this.cache.get(key);
    if (cached) {
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const computed = await this.compute(caller);
    this.cache.set(key, computed);
    if (this.cache.size > CACHE_SIZE) {
      this.cache.delete(this.cache.keys().next().value as string);
    }
    return computed;
  }

  /**
   * The active users of the organization whose scope includes the property: its administrators,
   * those without a property list, and those whose list names it.
   */
  async usersSeeing(organizationId: string, propertyId: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT u.id FROM users u
       WHERE u.organization_id = $1 AND u.is_active AND (
         u.role = 'admin'
         OR NOT EXISTS (SELECT 1 FROM user_property_access a WHERE a.user_id = u.id)
         OR EXISTS (SELECT 1 FROM user_property_access a WHERE a.user_id = u.id AND a.property_id = $2))`,
      [organizationId, propertyId],
    );
    return rows.map((row) => row.id);
  }

  private async compute(caller: Caller): Promise<EffectivePermissions> {
    if (caller.role === 'admin') {
      return {
        tabs: TAB_IDS,
        views: VIEW_IDS,
        scope: { organizationId: caller.organizationId, propertyIds: null },
      };
    }
    const [row] = await this.dataSource.query<SettingsRow[]>(
      `SELECT
         (SELECT coalesce(json_agg(json_build_array(tab_id, can_view)), '[]') FROM user_tab_access
           WHERE user_id = $1) AS tabs,
         (SELECT coalesce(json_agg(json_build_array(view_id, can_view)), '[]') FROM user_view_access
           WHERE user_id = $1) AS views,
         (SELECT coalesce(array_agg(property_id::text ORDER BY property_id), '{}') FROM user_property_access
           WHERE user_id = $1) AS "propertyIds"`,
      [caller.userId],
    );
    const visible = visibleItems({
      tabs: Object.fromEntries(row?.tabs ?? []),
      views: Object.fromEntries(row?.views ?? []),
    });
    const propertyIds = row?.propertyIds ?? [];
    return {
      ...visible,
      scope: { organizationId: caller.organizationId, propertyIds: propertyIds.length > 0 ? propertyIds : null },
    };
  }
}
