import { Inject, Injectable } from '@nestjs/common';
import { CookieOptions, Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DEVICE_COOKIE_MAX_AGE_SECONDS } from './trusted-devices';

export const DEVICE_COOKIE = 'od_device';
/** Account id, issue time, nonce and MAC, as `TrustedDevices` makes them. */
const VALUE_SHAPE = /^[0-9a-f-]{36}\.\d{1,12}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/;

/**
 * The device cookie marks a browser the account signed in from. Like the refresh cookie it is
 * httpOnly, SameSite=Strict and scoped to /api/auth, but it outlives sessions: sign-out keeps it.
 */
@Injectable()
export class DeviceCookie {
  private readonly options: CookieOptions;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.options = {
      httpOnly: true,
      sameSite: 'strict',
      secure: config.secureCookies,
      path: '/api/auth',
      maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS * 1000,
    };
  }

  read(request: Request): string | undefined {
    const value: unknown = request.cookies?.[DEVICE_COOKIE];
    return typeof value === 'string' && VALUE_SHAPE.test(value) ? value : undefined;
  }

  write(response: Response, value: string): void {
    response.cookie(DEVICE_COOKIE, value, this.options);
  }
}
