import { createSecretKey, KeyObject, randomUUID } from 'node:crypto';
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

/**
 * The signing key as a KeyObject, not the string: given a string, jsonwebtoken first tries (and
 * fails) to parse it as a public key on every verification, which costs more than the HMAC itself.
 */
export function accessTokenKey(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secret, 'utf8'));
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
      return isAccessTokenClaims(payload) ? payload : null;
    } catch {
      return null;
    }
  }
}

export function isAccessTokenClaims(payload: unknown): payload is AccessTokenClaims {
  if (typeof payload !== 'object' || payload === null) {
    return false;
  }
  const { sub, org, role, pv, sid } = payload as Record<string, unknown>;
  return (
    typeof sub === 'string' &&
    typeof org === 'string' &&
    typeof sid === 'string' &&
    Number.isInteger(pv) &&
    (ROLES as readonly unknown[]).includes(role)
  );
}
