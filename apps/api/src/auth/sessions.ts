import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { recordEvent, UnitOfWork } from '../events/unit-of-work';
import { SessionsRevoked } from './auth.events';
import { ClientInfo } from './auth-context';
import { sessionExpired } from './auth-errors';
import { hashOpaqueToken, newOpaqueToken } from './opaque-token';
import { RefreshToken } from './refresh-token.entity';
import { ServerKeys } from './server-keys';
import { Session } from './session.entity';

/** A refresh token lives a week unless used; a session, however often refreshed, 30 days. */
export const REFRESH_TOKEN_TTL_SECONDS = 7 * 24 * 60 * 60;
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/**
 * How long a token just exchanged is still answered with its successor (Auth0's reuse interval):
 * two tabs of one browser refreshing at once both present the same cookie.
 */
export const REFRESH_REUSE_GRACE_SECONDS = 30;

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
  | 'erased'
  | 'signed-out-by-admin';

/** Sessions and their refresh tokens: start, rotate (with reuse detection) and revoke. */
@Injectable()
export class Sessions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly keys: ServerKeys,
  ) {}

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
   * Exchanges a refresh token for its successor. A token already exchanged is answered with the
   * same successor for a few seconds (`REFRESH_REUSE_GRACE_SECONDS`), while that successor is
   * still the session's live token; later, or once the successor was used, it means two parties
   * hold it, so the whole session is revoked and both must sign in again. The token's row stays
   * locked until the transaction ends, so parallel exchanges of one token take turns.
   */
  async rotate(token: string, client: ClientInfo): Promise<IssuedRefreshToken> {
    const outcome = await this.unitOfWork.run(async (manager) => {
      const current = await manager.findOne(RefreshToken, {
        where: { tokenHash: hashOpaqueToken(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current) {
        return null;
      }
      const session = await manager.findOneByOrFail(Session, { id: current.familyId });
      const now = new Date();
      if (current.replacedBy !== null) {
        const successor = await this.recentSuccessor(manager, current, session, token, now);
        if (!successor) {
          await this.revokeSession(manager, session.id, 'refresh-token-reuse');
        }
        return successor;
      }
      if (!isLive(session, current, now)) {
        return null;
      }
      const { issued, tokenId } = await this.issue(manager, session, this.successorOf(token));
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
    await this.unitOfWork.run(async (manager) => {
      const row = await manager.findOneBy(RefreshToken, { tokenHash: hashOpaqueToken(token) });
      if (row) {
        await this.revokeSession(manager, row.familyId, reason);
      }
    });
  }

  /** Ends every live session of the user but `except` (the caller's own, when it stays signed in). */
  async revokeAllOfUser(manager: EntityManager, userId: string, reason: RevokeReason, except?: string): Promise<void> {
    await this.revoke(manager, reason, 'user_id = $2 AND id IS DISTINCT FROM $3::uuid', [userId, except ?? null]);
  }

  /**
   * The successor of a token exchanged within the grace interval, if it is still the session's
   * live token. Only hashes are stored, so the successor is recomputed from the presented token and
   * must match the stored hash of the one it was exchanged for.
   */
  private async recentSuccessor(
    manager: EntityManager,
    rotated: RefreshToken,
    session: Session,
    token: string,
    now: Date,
  ): Promise<IssuedRefreshToken | null> {
    const rotatedAt = rotated.revokedAt?.getTime() ?? 0;
    if (rotatedAt <= now.getTime() - REFRESH_REUSE_GRACE_SECONDS * 1000 || rotated.replacedBy === null) {
      return null;
    }
    // Locked after its predecessor, as every exchange locks them: no two transactions wait on each other.
    const successor = await manager.findOne(RefreshToken, {
      where: { id: rotated.replacedBy },
      lock: { mode: 'pessimistic_write' },
    });
    const successorToken = this.successorOf(token);
    if (
      !successor ||
      successor.replacedBy !== null ||
      !isLive(session, successor, now) ||
      successor.tokenHash !== hashOpaqueToken(successorToken)
    ) {
      return null;
    }
    return { sessionId: session.id, userId: session.userId, token: successorToken, expiresAt: successor.expiresAt };
  }

  /**
   * A token's successor is derived from it, not drawn at random, so an exchange repeated within the
   * grace interval can hand out the same successor again without the raw token ever being stored.
   */
  private successorOf(token: string): string {
    return this.keys.mac('refresh-token-successor', token);
  }

  private async issue(
    manager: EntityManager,
    session: Session,
    token = newOpaqueToken(),
  ): Promise<{ issued: IssuedRefreshToken; tokenId: string }> {
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

  private async revokeSession(manager: EntityManager, sessionId: string, reason: RevokeReason): Promise<void> {
    await this.revoke(manager, reason, 'id = $2', [sessionId]);
  }

  /** `where` selects sessions of one user. */
  private async revoke(manager: EntityManager, reason: RevokeReason, where: string, parameters: unknown[]) {
    // An UPDATE answers [rows, row count] through TypeORM's query().
    const [rows] = await manager.query<[{ id: string; userId: string }[], number]>(
      `UPDATE sessions SET revoked_at = now(), revoke_reason = $1
        WHERE revoked_at IS NULL AND ${where}
        RETURNING id, user_id AS "userId"`,
      [reason, ...parameters],
    );
    const [first] = rows;
    if (first) {
      recordEvent(
        manager,
        new SessionsRevoked(
          first.userId,
          rows.map((row) => row.id),
          reason,
        ),
      );
    }
  }
}

/** Whether the session and this token of it may still be used. */
function isLive(session: Session, token: RefreshToken, now: Date): boolean {
  return !session.revokedAt && session.expiresAt > now && !token.revokedAt && token.expiresAt > now;
}
