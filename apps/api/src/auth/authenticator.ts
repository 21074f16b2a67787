import { Injectable } from '@nestjs/common';
import { AccessTokenClaims, AccessTokens, isAccessTokenClaims } from './access-tokens';
import { AuthContext } from './auth-context';
import { Principals } from './principals';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why a token does not authenticate anyone. Every refusal is a 401 on HTTP alike; the reason is for logs and audit. */
export type AuthenticationRefusal =
  /** Missing, malformed, badly signed, expired, or not an access token of ours. */
  | 'invalid-token'
  /** The account is deactivated or gone. */
  | 'account-inactive'
  /** The token's session was revoked, expired, or is not the account's. */
  | 'session-ended'
  /** The account's rights changed after the token was issued: refresh for a token with the new ones. */
  | 'permissions-changed';

export type Authentication =
  | { readonly caller: AuthContext; readonly refusal?: undefined }
  | { readonly refusal: AuthenticationRefusal; readonly caller?: undefined };

/**
 * Token → caller, for every transport (HTTP through the passport strategy, the socket
 * handshake directly). Token claims are only a hint: the account's state, its session and its
 * permission version are read from the database every time, so a change takes effect at once.
 */
@Injectable()
export class Authenticator {
  constructor(
    private readonly tokens: AccessTokens,
    private readonly principals: Principals,
  ) {}

  /** Verifies the token's signature, algorithm, issuer and expiry, then authenticates its claims. */
  async authenticate(token: string | undefined): Promise<Authentication> {
    const claims = token ? this.tokens.verify(token) : null;
    return claims ? this.authenticateClaims(claims) : { refusal: 'invalid-token' };
  }

  /**
   * The claims of a token with a valid signature, algorithm, issuer and expiry, else null. A
   * socket keeps them from its handshake and has them judged again on every event, when the
   * token itself may have expired but the session it names still counts.
   */
  claimsOf(token: string | undefined): unknown {
    return token ? this.tokens.verify(token) : null;
  }

  /** Claims of a token whose signature, algorithm, issuer and expiry have been verified. */
  async authenticateClaims(claims: unknown): Promise<Authentication> {
    if (!isAccessTokenClaims(claims) || !UUID.test(claims.sub) || !UUID.test(claims.sid)) {
      return { refusal: 'invalid-token' };
    }
    return this.resolve(claims);
  }

  private async resolve(claims: AccessTokenClaims): Promise<Authentication> {
    const principal = await this.principals.load(claims.sub, claims.sid);
    if (!principal) {
      return { refusal: 'session-ended' };
    }
    if (!principal.isActive) {
      return { refusal: 'account-inactive' };
    }
    if (!principal.sessionLive) {
      return { refusal: 'session-ended' };
    }
    if (claims.pv < principal.permissionVersion) {
      return { refusal: 'permissions-changed' };
    }
    return {
      caller: {
        userId: claims.sub,
        organizationId: principal.organizationId,
        role: principal.role,
        sessionId: claims.sid,
        permissionVersion: principal.permissionVersion,
        email: principal.email,
        displayName: principal.displayName,
        avatarUrl: principal.avatarUrl,
        organizationName: principal.organizationName,
        mustChangePassword: principal.mustChangePassword,
      },
    };
  }
}
