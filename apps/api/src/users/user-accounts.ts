import { HttpStatus, Injectable } from '@nestjs/common';
import { ERROR_CODES, Role } from '@ownerdash/contracts';
import { EntityManager, QueryRunner } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { definedFields } from '../common/defined-fields';
import { recordEvent } from '../events/unit-of-work';
import { keepAnActiveAdmin } from './last-admin';
import { User } from './user.entity';
import {
  PermissionVersionBumped,
  UserDeactivated,
  UserInvited,
  UserReactivated,
  UserRoleChanged,
} from './users.events';

export interface NewAccount {
  readonly organizationId: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly createdBy: string;
}

export interface AccountChanges {
  readonly displayName?: string;
  readonly role?: Role;
  readonly isActive?: boolean;
}

/** What an erased account is called wherever people are named; its own data is gone. */
export const ERASED_DISPLAY_NAME = 'Former user';

/**
 * The email of an erased account: unique (users_email_uq), naming no one, and under the `.invalid`
 * top-level domain (RFC 2606), so no mail can reach it and no reset link can be delivered.
 */
export function erasedEmailOf(userId: string): string {
  return `erased-${userId}@erased.invalid`;
}

export function refuseErased(user: User): void {
  if (user.erasedAt) {
    throw new ApiException(HttpStatus.CONFLICT, {
      message: "This person's data was erased: the account can no longer be changed.",
      code: ERROR_CODES.accountErased,
    });
  }
}

export interface PasswordState {
  readonly passwordHash: string;
  /** A temporary password the user must replace at first sign-in, until it expires. */
  readonly temporaryUntil?: Date;
  readonly displayName?: string;
}

const bumpedByTransaction = new WeakMap<QueryRunner, Set<string>>();

function bumpedIn(queryRunner: QueryRunner): Set<string> {
  let bumped = bumpedByTransaction.get(queryRunner);
  if (!bumped) {
    bumped = new Set();
    bumpedByTransaction.set(queryRunner, bumped);
  }
  return bumped;
}

/**
 * The `users` table: every other module reads and writes accounts through here. Writes that
 * change who someone is or what they may do record their domain event in the caller's unit of
 * work, and move the permission version so the change takes effect at once.
 */
@Injectable()
export class UserAccounts {
  /** Emails are stored lower-cased; `email` must already be. */
  findByEmail(manager: EntityManager, email: string): Promise<User | null> {
    return manager.createQueryBuilder(User, 'user').where('lower(user.email) = :email', { email }).getOne();
  }

  findById(manager: EntityManager, userId: string): Promise<User | null> {
    return manager.findOneBy(User, { id: userId });
  }

  /**
   * The user with this id in the organization. Another organization's user is "not found" as
   * well, so ids say nothing about who exists elsewhere.
   */
  async memberOrFail(manager: EntityManager, organizationId: string, userId: string): Promise<User> {
    const user = await manager.findOneBy(User, { id: userId, organizationId });
    if (!user) {
      throw new ApiException(HttpStatus.NOT_FOUND, { message: 'There is no user with this id in your organization.' });
    }
    return user;
  }

  async emailTaken(manager: EntityManager, email: string): Promise<boolean> {
    return (await manager.createQueryBuilder(User, 'u').where('lower(u.email) = :email', { email }).getCount()) > 0;
  }

  /** A new account without a password, pending until its first sign-in. */
  async invite(manager: EntityManager, account: NewAccount): Promise<User> {
    const user = await manager.save(manager.create(User, { ...account, passwordHash: null, invitedAt: new Date() }));
    recordEvent(manager, new UserInvited(user.id, user.organizationId, user.role));
    return user;
  }

  /**
   * Renames, changes the role or the active state of `user` (as read in this transaction). The
   * organization always keeps an active administrator.
   */
  async update(manager: EntityManager, user: User, requested: AccountChanges): Promise<void> {
    const changes = definedFields(requested);
    if (Object.keys(changes).length === 0) {
      return;
    }
    refuseErased(user);
    const roleChanged = changes.role !== undefined && changes.role !== user.role;
    const activeChanged = changes.isActive !== undefined && changes.isActive !== user.isActive;
    if ((roleChanged && changes.role !== 'admin') || (activeChanged && !changes.isActive)) {
      await keepAnActiveAdmin(manager, user);
    }
    await manager.update(User, { id: user.id }, changes);
    if (roleChanged) {
      recordEvent(manager, new UserRoleChanged(user.id, user.organizationId, user.role, changes.role as Role));
    }
    if (activeChanged) {
      const event = changes.isActive ? UserReactivated : UserDeactivated;
      recordEvent(manager, new event(user.id, user.organizationId));
    }
    if (roleChanged || activeChanged) {
      await this.bumpPermissionVersion(manager, user.id);
    }
  }

  async updateProfile(
    manager: EntityManager,
    userId: string,
    requested: { displayName?: string; avatarUrl?: string | null },
  ): Promise<void> {
    const changes = definedFields(requested);
    if (Object.keys(changes).length > 0) {
      await manager.update(User, { id: userId }, changes);
    }
  }

  /**
   * Anonymizes `user` (as read, locked, in this transaction): "Former user", a placeholder email,
   * no picture, no password, inactive for good. The organization keeps an active administrator.
   */
  async erase(manager: EntityManager, user: User, erasedAt: Date): Promise<void> {
    await keepAnActiveAdmin(manager, user);
    await manager.update(
      User,
      { id: user.id },
      {
        displayName: ERASED_DISPLAY_NAME,
        email: erasedEmailOf(user.id),
        avatarUrl: null,
        passwordHash: null,
        passwordExpiresAt: null,
        mustChangePassword: false,
        isActive: false,
        erasedAt,
      },
    );
    if (user.isActive) {
      recordEvent(manager, new UserDeactivated(user.id, user.organizationId));
    }
    await this.bumpPermissionVersion(manager, user.id);
  }

  async setPassword(manager: EntityManager, userId: string, password: PasswordState): Promise<void> {
    await manager.update(
      User,
      { id: userId },
      {
        passwordHash: password.passwordHash,
        mustChangePassword: password.temporaryUntil !== undefined,
        passwordExpiresAt: password.temporaryUntil ?? null,
        ...(password.displayName ? { displayName: password.displayName } : {}),
      },
    );
  }

  async recordSignIn(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(User, { id: userId }, { lastLogin: new Date() });
  }

  /**
   * Marks a change to what the user may do. Their access tokens carry the old version and
   * stop working at once; the web app refreshes and reads the new rights.
   */
  async bumpPermissionVersion(manager: EntityManager, userId: string): Promise<void> {
    // Once per user and transaction is enough to refuse every older token.
    const bumped = manager.queryRunner ? bumpedIn(manager.queryRunner) : new Set<string>();
    if (bumped.has(userId)) {
      return;
    }
    bumped.add(userId);
    // An UPDATE answers [rows, row count] through TypeORM's query().
    const [[row]] = await manager.query<[{ organizationId: string; permissionVersion: number }[], number]>(
      `UPDATE users SET permission_version = permission_version + 1 WHERE id = $1
       RETURNING organization_id AS "organizationId", permission_version AS "permissionVersion"`,
      [userId],
    );
    if (row) {
      recordEvent(manager, new PermissionVersionBumped(userId, row.organizationId, row.permissionVersion));
    }
  }
}
