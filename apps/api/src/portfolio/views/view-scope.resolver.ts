import { HttpStatus, Injectable } from '@nestjs/common';
import { ERROR_CODES } from '@ownerdash/contracts';
import { DataSource } from 'typeorm';
import { AuthContext } from '../../auth/auth-context';
import { ApiException } from '../../common/api-exception';
import { EffectivePermissionsService } from '../../permissions/effective-permissions';
import { PropertyScope, propertyScopeCondition, SqlCondition } from '../../permissions/property-scope';

/** The properties a view query covers, as the one SQL predicate on the `properties` alias `p`. */
export type ViewScope = SqlCondition;

/** Enough of a caller to know what they may see: a request's or a chat sender's. */
export type ViewCaller = Pick<AuthContext, 'userId' | 'organizationId' | 'role' | 'permissionVersion'>;

/**
 * Narrows the caller's effective scope to the properties a request names. Naming a property
 * outside the scope is refused with 403 naming it, whether it belongs to another organization,
 * does not exist, or is merely not granted: the answer reveals nothing about other tenants.
 */
@Injectable()
export class ViewScopeResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly permissions: EffectivePermissionsService,
  ) {}

  async resolve(auth: ViewCaller, requested: readonly string[] | undefined): Promise<ViewScope> {
    const { scope } = await this.permissions.of(auth);
    if (!requested || requested.length === 0) {
      return propertyScopeCondition('p', scope);
    }
    const wanted = [...new Set(requested.map((id) => id.toLowerCase()))];
    const visible = await this.visibleAmong(scope, wanted);
    const outside = wanted.filter((id) => !visible.has(id));
    if (outside.length > 0) {
      const message = `${outside.length === 1 ? 'Property' : 'Properties'} ${outside.join(', ')} ${
        outside.length === 1 ? 'is' : 'are'
      } outside your property scope`;
      throw new ApiException(HttpStatus.FORBIDDEN, {
        message,
        code: ERROR_CODES.propertyOutOfScope,
        details: [{ field: 'propertyIds', problems: [message] }],
      });
    }
    return propertyScopeCondition('p', { organizationId: scope.organizationId, propertyIds: wanted });
  }

  private async visibleAmong(scope: PropertyScope, wanted: string[]): Promise<Set<string>> {
    if (scope.propertyIds !== null) {
      const granted = new Set(scope.propertyIds);
      return new Set(wanted.filter((id) => granted.has(id)));
    }
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM properties WHERE organization_id = $1 AND id = ANY($2::uuid[])`,
      [scope.organizationId, wanted],
    );
    return new Set(rows.map((row) => row.id));
  }
}
