import { Role } from '@ownerdash/contracts';
import { PasswordHasher } from '../../src/auth/password-hasher';
import { Organization } from '../../src/organizations/organization.entity';
import { User } from '../../src/users/user.entity';
import { TestApp } from './test-app';

export interface NewUser {
  readonly email: string;
  readonly password: string;
  readonly organization?: string;
  readonly role?: Role;
  readonly isActive?: boolean;
  readonly mustChangePassword?: boolean;
}

/** Inserts an account directly, for states the API cannot create yet (deactivated, temporary password). */
export async function createUser(testApp: TestApp, user: NewUser): Promise<User> {
  const organization = await testApp.dataSource.getRepository(Organization).findOneByOrFail({
    slug: user.organization ?? 'phh',
  });
  const repository = testApp.dataSource.getRepository(User);
  return repository.save(
    repository.create({
      organizationId: organization.id,
      email: user.email,
      passwordHash: await testApp.app.get(PasswordHasher).hash(user.password),
      displayName: user.email.split('@')[0] ?? user.email,
      role: user.role ?? 'user',
      isActive: user.isActive ?? true,
      mustChangePassword: user.mustChangePassword ?? false,
    }),
  );
}
