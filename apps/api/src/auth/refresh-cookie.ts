import { Inject, Injectable } from '@nestjs/common';
import { CookieOptions, Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { IssuedRefreshToken } from './sessions';

export const REFRESH_COOKIE = 'od_refresh';
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * The refresh token travels only in this cookie: httpOnly (no script can read it),
 * SameSite=Strict (no other site can make the browser send it) and scoped to /api/auth.
 */
@Injectable()
export class RefreshCookie {
  private readonly options: CookieOptions;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.options = { httpOnly: true, sameSite: 'strict', secure: config.secureCookies, path: '/api/auth' };
  }

  read(request: Request): string | undefined {
    const value: unknown = request.cookies?.[REFRESH_COOKIE];
    return typeof value === 'string' && TOKEN_SHAPE.test(value) ? value : undefined;
  }

  write(response: Response, refresh: IssuedRefreshToken): void {
    response.cookie(REFRESH_COOKIE, refresh.token, { ...this.options, expires: refresh.expiresAt });
  }

  clear(response: Response): void {
    response.clearCookie(REFRESH_COOKIE, this.options);
  }
}
