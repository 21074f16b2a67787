import { HttpStatus } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { User } from './user.entity';

/**
 * The user with this id in the caller's organization. Another organization's user is
 * "not found" as well, so ids say nothing about who exists elsewhere.
 */
export async function findMemberOrFail(manager: EntityManager, organizationId: string, userId: string): Promise<User> {
  const user = await manager.findOneBy(User, { id: userId, organizationId });
  if (!user) {
    throw new ApiException(HttpStatus.NOT_FOUND, { message: 'There is no user with this id in your organization.' });
  }
  return user;
}
