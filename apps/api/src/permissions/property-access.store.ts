import { HttpStatus, Injectable } from '@nestjs/common';
import { ERROR_CODES } from '@ownerdash/contracts';
import { EntityManager, In } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { Property } from '../organizations/property.entity';
import { UserPropertyAccess } from './user-property-access.entity';

/** A user's property scope as rows: none means every property of the organization. */
@Injectable()
export class PropertyAccessStore {
  async read(manager: EntityManager, userId: string): Promise<string[]> {
    const rows = await manager.find(UserPropertyAccess, { where: { userId }, order: { propertyId: 'ASC' } });
    return rows.map((row) => row.propertyId);
  }

  async replace(manager: EntityManager, organizationId: string, userId: string, propertyIds: readonly string[]) {
    const wanted = await this.ownProperties(manager, organizationId, propertyIds);
    await manager.delete(UserPropertyAccess, { userId });
    if (wanted.length > 0) {
      await manager.insert(
        UserPropertyAccess,
        wanted.map((propertyId) => ({ userId, propertyId })),
      );
    }
  }

  /**
   * The ids, deduplicated, after checking each is a property of the organization. A
   * property elsewhere gets the same answer as one that does not exist.
   */
  async ownProperties(manager: EntityManager, organizationId: string, propertyIds: readonly string[]) {
    const unique = [...new Set(propertyIds.map((id) => id.toLowerCase()))];
    if (unique.length === 0) {
      return [];
    }
    const found = await manager.find(Property, { select: { id: true }, where: { organizationId, id: In(unique) } });
    const known = new Set(found.map((property) => property.id));
    const unknown = unique.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      const message = `propertyIds has ids that are not properties of your organization: ${unknown.join(', ')}`;
      throw new ApiException(HttpStatus.BAD_REQUEST, {
        message,
        code: ERROR_CODES.validationFailed,
        details: [{ field: 'propertyIds', problems: [message] }],
      });
    }
    return unique;
  }
}
