import { HttpStatus, Injectable } from '@nestjs/common';
import { ERROR_CODES } from '@ownerdash/contracts';
import { EntityManager, IsNull } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { recordEvent } from '../events/unit-of-work';
import { User } from '../users/user.entity';
import { UserAccounts } from '../users/user-accounts';
import { AccountLinkIssued, LinkIssuer } from './auth.events';
import { hashOpaqueToken, newOpaqueToken } from './opaque-token';
import { OneTimeTokenPurpose, PasswordReset } from './password-reset.entity';

const HOUR_MS = 60 * 60 * 1000;

/** Invitations stay open for three days; reset links for an hour. */
export const TOKEN_LIFETIME_MS: Readonly<Record<OneTimeTokenPurpose, number>> = {
  invite: 72 * HOUR_MS,
  reset: HOUR_MS,
};

const INVALID_MESSAGE: Readonly<Record<OneTimeTokenPurpose, string>> = {
  invite:
    'This invitation link is not valid: it was already used, has expired, or was replaced by a newer one. Ask your administrator for a new invitation.',
  reset:
    'This password reset link is not valid: it was already used, has expired, or was replaced by a newer one. Request a new one.',
};

/**
 * Single-use links for invitations and password resets: 256 random bits, stored as their
 * SHA-256 only. A new link for a user supersedes any earlier one still open. The link is mailed
 * once the transaction that made it commits (`AccountLinkIssued`).
 */
@Injectable()
export class OneTimeTokens {
  constructor(private readonly accounts: UserAccounts) {}

  async issue(
    manager: EntityManager,
    user: User,
    purpose: OneTimeTokenPurpose,
    issuedBy: LinkIssuer | null,
  ): Promise<{ expiresAt: Date }> {
    const now = new Date();
    await manager.update(PasswordReset, { userId: user.id, usedAt: IsNull() }, { usedAt: now });
    const token = newOpaqueToken();
    const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]);
    await manager.insert(PasswordReset, {
      userId: user.id,
      purpose,
      tokenHash: hashOpaqueToken(token),
      createdBy: issuedBy?.userId ?? null,
      expiresAt,
    });
    recordEvent(
      manager,
      new AccountLinkIssued(
        user.id,
        user.organizationId,
        user.email,
        user.displayName,
        purpose,
        token,
        expiresAt,
        issuedBy,
      ),
    );
    return { expiresAt };
  }

  /**
   * The active user an open token of this purpose belongs to, its row locked until the
   * transaction ends. The caller marks it used (`markUsed`) once the change is valid, so a
   * refused new password does not burn the link.
   */
  async open(
    manager: EntityManager,
    token: string,
    purpose: OneTimeTokenPurpose,
  ): Promise<{ row: PasswordReset; user: User }> {
    const row = await manager.findOne(PasswordReset, {
      where: { tokenHash: hashOpaqueToken(token), purpose },
      lock: { mode: 'pessimistic_write' },
    });
    const user = row ? await this.accounts.findById(manager, row.userId) : null;
    if (!row || !user || row.usedAt !== null || row.expiresAt <= new Date() || !user.isActive) {
      throw new ApiException(HttpStatus.BAD_REQUEST, {
        message: INVALID_MESSAGE[purpose],
        code: ERROR_CODES.invalidToken,
      });
    }
    return { row, user };
  }

  async markUsed(manager: EntityManager, row: PasswordReset): Promise<void> {
    await manager.update(PasswordReset, { id: row.id }, { usedAt: new Date() });
  }
}
