import { EntityManager } from 'typeorm';
import { User } from '../users/user.entity';

/**
 * Marks a change to what the user may do. Their access tokens carry the old version and
 * stop working at once; the web app refreshes and reads the new rights.
 */
export async function bumpPermissionVersion(manager: EntityManager, userId: string): Promise<void> {
  await manager.increment(User, { id: userId }, 'permissionVersion', 1);
}
