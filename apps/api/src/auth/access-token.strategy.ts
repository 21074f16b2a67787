import { randomUUID } from 'node:crypto';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Request } from 'express';
import passport from 'passport';
import { Strategy as JwtStrategy, StrategyOptionsWithoutRequest, VerifyCallback } from 'passport-jwt';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { ACCESS_TOKEN_ALGORITHM, ACCESS_TOKEN_ISSUER, accessTokenKey } from './access-tokens';
import { AuthContext } from './auth-context';
import { AuthenticationRefusal, Authenticator } from './authenticator';

const BEARER = /^Bearer ([A-Za-z0-9._-]+)$/;

/** What passport hands the guard when a verified token authenticates no one. */
export interface RefusalInfo {
  readonly refusal: AuthenticationRefusal;
}

/**
 * passport keeps strategies in one process-wide registry by name, and each application must
 * find its own there (tests run several applications in one process), so every instance
 * registers under a name of its own.
 */
class ApplicationJwtStrategy extends JwtStrategy {
  constructor(options: StrategyOptionsWithoutRequest, verify: VerifyCallback) {
    super(options, verify);
    this.name = `access-token-${randomUUID()}`;
  }
}

/**
 * HTTP sign-in by access token: passport-jwt checks the signature with the algorithm and the
 * issuer pinned (a token naming `none`, or RS256 with the secret as key, is refused), then the
 * shared `Authenticator` judges the claims exactly as it does for a socket.
 */
@Injectable()
export class AccessTokenStrategy extends PassportStrategy(ApplicationJwtStrategy) implements OnModuleDestroy {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly authenticator: Authenticator,
  ) {
    super({
      jwtFromRequest: (request: Request) => BEARER.exec(request.get('authorization') ?? '')?.[1] ?? null,
      // passport-jwt hands the key to jsonwebtoken, which takes a KeyObject; its types lag behind.
      secretOrKey: accessTokenKey(config.jwtSecret) as unknown as Buffer,
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      issuer: ACCESS_TOKEN_ISSUER,
    });
  }

  /** The caller, or `[false, refusal]`, which passport reports as a failure with that info. */
  async validate(claims: unknown): Promise<AuthContext | [false, RefusalInfo]> {
    const authentication = await this.authenticator.authenticateClaims(claims);
    return authentication.caller ?? [false, { refusal: authentication.refusal }];
  }

  onModuleDestroy(): void {
    passport.unuse(this.name);
  }
}
