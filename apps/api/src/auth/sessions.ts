import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, FindOptionsWhere, IsNull, Not } from 'typeorm';
import { ClientInfo } from './auth-context';
import { sessionExpired } from './auth-errors';
import { hashOpaqueToken, newOpaqueToken } from './opaque-token';
import { RefreshToken } from './refresh-token.entity';
import { Session } from './session.entity';

/** A refresh token lives a week unless used; a session, however often refreshed, 30 days. */
export const REFRESH_TOKEN_TTL_SECONDS = 7 * 24 * 60 * 60;
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export interface IssuedRefreshToken {
  readonly sessionId: string;
  readonly userId: string;
  readonly token: string;
  readonly expiresAt: Date;
}

export type RevokeReason =
  | 'logout'
  | 'refresh-token-reuse'
  | 'password-changed'
  | 'password-reset'
  | 'deactivated'
  | 'signed-out-by-admin';

/** Sessions and their refresh tokens: start, rotate (with reuse detection) and revoke. */
@Injectable()
export class Sessions {
  constructor(private readonly dataSource: DataSource) {}

  async start(
    userId: string,
    client: ClientInfo,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<IssuedRefreshToken> {
    const now = new Date();
    const session = await manager.save(
      manager.create(Session, {
        userId,
        lastUsedAt: now,
        expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
        ipAddress: client.ipAddress,
        userAgent: client.userAgent,
      }),
    );
    const { issued } = await this.issue(manager, session);
    return issued;
  }

  /**
   * Exchanges a refresh token for a new one. A token that was already exchanged means
   * two parties hold it, so the whole session is revoked and both must sign in again.
   */
  async rotate(token: string, client: ClientInfo): Promise<IssuedRefreshToken> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(RefreshToken, {
        where: { tokenHash: hashOpaqueToken(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) {
        return null;
      }
      const session = await manager.findOneByOrFail(Session, { id: current.familyId });
      if (current.replacedBy !== null) {
        await this.revokeWith(manager, { id: session.id, revokedAt: IsNull() }, 'refresh-token-reuse');
        return null;
      }
      const now = new Date();
      if (session.revokedAt || session.expiresAt <= now || current.revokedAt || current.expiresAt <= now) {
        return null;
      }
      const { issued, tokenId } = await this.issue(manager, session);
      await manager.update(RefreshToken, { id: current.id }, { revokedAt: now, replacedBy: tokenId });
      await manager.update(
        Session,
        { id: session.id },
        { lastUsedAt: now, ipAddress: client.ipAddress, userAgent: client.userAgent },
      );
      return issued;
    });
    if (!outcome) {
      throw sessionExpired();
    }
    return outcome;
  }

  /** Ends the session a refresh token belongs to; unknown tokens are ignored (sign-out is idempotent). */
  async revokeByToken(token: string, reason: RevokeReason): Promise<void> {
    const row = await this.dataSource.manager.findOneBy(RefreshToken, { tokenHash: hashOpaqueToken(token) });
    if (row) {
      await this.revokeWith(this.dataSource.manager, { id: row.familyId, revokedAt: IsNull() }, reason);
    }
  }

  async revokeAllOfUser(
    userId: string,
    reason: RevokeReason,
    options: { except?: string; manager?: EntityManager } = {},
  ): Promise<void> {
    await this.revokeWith(
      options.manager ?? this.dataSource.manager,
      { userId, revokedAt: IsNull(), ...(options.except ? { id: Not(options.except) } : {}) },
      reason,
    );
  }

  private async issue(
    manager: EntityManager,
    session: Session,
  ): Promise<{ issued: IssuedRefreshToken; tokenId: string }> {
    const token = newOpaqueToken();
    const ttlEnd = Date.now() + REFRESH_TOKEN_TTL_SECONDS * 1000;
    const expiresAt = new Date(Math.min(ttlEnd, session.expiresAt.getTime()));
    const inserted = await manager.insert(RefreshToken, {
      familyId: session.id,
      tokenHash: hashOpaqueToken(token),
      expiresAt,
    });
    return {
      issued: { sessionId: session.id, userId: session.userId, token, expiresAt },
      tokenId: String(inserted.identifiers[0]?.['id']),
    };
  }

  private async revokeWith(
    manager: EntityManager,
    where: FindOptionsWhere<Session>,
    reason: RevokeReason,
  ): Promise<void> {
    await manager.update(Session, where, { revokedAt: new Date(), revokeReason: reason });
  }
}
