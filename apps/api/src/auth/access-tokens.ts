import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Role, ROLES } from '@ownerdash/contracts';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const ACCESS_TOKEN_ALGORITHM = 'HS256';
export const ACCESS_TOKEN_ISSUER = 'ownerdash';

export interface AccessTokenClaims {
  readonly sub: string;
  readonly org: string;
  readonly role: Role;
  /** The user's permission version when the token was issued. */
  readonly pv: number;
  /** The session (refresh-token family) the token belongs to. */
  readonly sid: string;
}

/** Signs and verifies access tokens: HS256 only, whatever the token's header claims. */
@Injectable()
export class AccessTokens {
  constructor(private readonly jwt: JwtService) {}

  /** Each token gets its own id (`jti`), so two tokens issued in the same second still differ. */
  sign(claims: AccessTokenClaims): string {
    return this.jwt.sign({ ...claims }, { jwtid: randomUUID() });
  }

  /** The claims of a valid token, or null for anything else (bad signature, expired, other algorithm). */
  verify(token: string): AccessTokenClaims | null {
    try {
      const payload = this.jwt.verify<Record<string, unknown>>(token);
      return isClaims(payload) ? payload : null;
    } catch {
      return null;
    }
  }
}

function isClaims(payload: Record<string, unknown>): payload is Record<string, unknown> & AccessTokenClaims {
  const { sub, org, role, pv, sid } = payload;
  return (
    typeof sub === 'string' &&
    typeof org === 'string' &&
    typeof sid === 'string' &&
    Number.isInteger(pv) &&
    (ROLES as readonly unknown[]).includes(role)
  );
}
