import { HttpStatus, Injectable } from '@nestjs/common';
import { ERROR_CODES, ViewId } from '@ownerdash/contracts';
import { DataSource } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { EffectivePermissionsService } from '../permissions/effective-permissions';
import { ViewCaller } from '../portfolio/views/view-scope.resolver';

export interface ReferencedProperty {
  readonly id: string;
  readonly name: string;
}

/**
 * What someone taking a reference's snapshot must be allowed: the property (by slug) in their
 * scope and the view in their permission tree, each refused with the 403 naming it; and the
 * properties a portfolio-wide item covers, which a reader must all see to see it.
 */
@Injectable()
export class ReferenceRights {
  constructor(
    private readonly dataSource: DataSource,
    private readonly permissions: EffectivePermissionsService,
  ) {}

  /** The property of the caller's organization with this slug: 404 if there is none, 403 if out of scope. */
  async visibleProperty(caller: ViewCaller, slug: string): Promise<ReferencedProperty> {
    const [property] = await this.dataSource.query<ReferencedProperty[]>(
      `SELECT id, name FROM properties WHERE organization_id = $1 AND slug = $2`,
      [caller.organizationId, slug],
    );
    if (!property) {
      throw notFound(`reference names property "${slug}", which does not exist`);
    }
    const { scope } = await this.permissions.of(caller);
    if (scope.propertyIds !== null && !scope.propertyIds.includes(property.id)) {
      throw outOfScope(slug);
    }
    return property;
  }

  async requireView(caller: ViewCaller, view: ViewId): Promise<void> {
    const { views } = await this.permissions.of(caller);
    if (!views.includes(view)) {
      throw new ApiException(HttpStatus.FORBIDDEN, {
        message: `View ${view} is hidden in your permissions: you cannot share it`,
        code: ERROR_CODES.viewNotPermitted,
        details: [{ field: 'reference.id', problems: [`view ${view} is not visible to you`] }],
      });
    }
  }

  /** The properties a portfolio figure of the caller covers: those picked, or else their whole scope. */
  async coveredProperties(caller: ViewCaller, picked: readonly string[] | undefined): Promise<string[]> {
    if (picked && picked.length > 0) {
      return [...new Set(picked.map((id) => id.toLowerCase()))].sort();
    }
    const { scope } = await this.permissions.of(caller);
    if (scope.propertyIds !== null) {
      return [...scope.propertyIds];
    }
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM properties WHERE organization_id = $1 ORDER BY id`,
      [caller.organizationId],
    );
    return rows.map((row) => row.id);
  }
}

export function notFound(message: string): ApiException {
  return new ApiException(HttpStatus.NOT_FOUND, { message, details: [{ field: 'reference.id', problems: [message] }] });
}

export function outOfScope(property: string): ApiException {
  const message = `Property ${property} is outside your property scope: you cannot share it`;
  return new ApiException(HttpStatus.FORBIDDEN, {
    message,
    code: ERROR_CODES.propertyOutOfScope,
    details: [{ field: 'reference.id', problems: [message] }],
  });
}

export function invalidReference(field: string, problem: string): ApiException {
  return new ApiException(HttpStatus.BAD_REQUEST, {
    message: problem,
    code: ERROR_CODES.validationFailed,
    details: [{ field, problems: [problem] }],
  });
}
