import { HttpStatus } from '@nestjs/common';
import { ERROR_CODES } from '@ownerdash/contracts';
import { EntityManager } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { Organization } from '../organizations/organization.entity';
import { User } from './user.entity';

/**
 * Refuses a change that would leave the organization without an active administrator:
 * `user` is about to stop being one (demoted or deactivated). Locks the organization's row
 * so that two admins demoting each other at the same moment cannot both succeed.
 */
export async function keepAnActiveAdmin(manager: EntityManager, user: User): Promise<void> {
  if (user.role !== 'admin' || !user.isActive) {
    return;
  }
  const organization = await manager.findOne(Organization, {
    where: { id: user.organizationId },
    lock: { mode: 'pessimistic_write' },
  });
  const others = await manager
    .createQueryBuilder(User, 'u')
    .where('u.organization_id = :organizationId', { organizationId: user.organizationId })
    .andWhere("u.role = 'admin' AND u.is_active AND u.id <> :userId", { userId: user.id })
    .getCount();
  if (others === 0) {
    throw new ApiException(HttpStatus.CONFLICT, {
      message: `${user.displayName} is the last active administrator of ${organization?.name ?? 'the organization'}. Make another user an administrator first.`,
      code: ERROR_CODES.lastAdmin,
    });
  }
}
