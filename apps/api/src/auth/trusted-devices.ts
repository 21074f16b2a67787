import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { deviceKey, ThrottleKey } from './attempt-throttle';
import { ServerKeys } from './server-keys';

/** A device cookie is honoured for a year after the sign-in that issued it. */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/**
 * Browsers an account has signed in from, recognised by a device cookie (OWASP's "Slow down
 * online guessing attacks with device cookies"): the account's id, when it was issued and a random
 * nonce, under an HMAC with a key of the server's own. Nothing is stored: the nonce names the
 * device's own failure counter in the attempt throttle, so a sign-in from such a browser is judged
 * by that browser's failures alone, not by strangers' failures against the account or the address.
 */
@Injectable()
export class TrustedDevices {
  constructor(private readonly keys: ServerKeys) {}

  /** A new cookie value for a browser that has just proven the account's password. */
  issue(userId: string, now = new Date()): string {
    const payload = `${userId}.${Math.floor(now.getTime() / 1000)}.${randomBytes(16).toString('base64url')}`;
    return `${payload}.${this.mac(payload)}`;
  }

  /**
   * The throttle key of the device, when `value` is a cookie this server issued to this account
   * within the last year; null for anything else (absent, forged, altered, another account's, old).
   */
  recognize(value: string | undefined, userId: string, now = new Date()): ThrottleKey | null {
    const [cookieUserId, issuedAt, nonce, mac] = value?.split('.') ?? [];
    if (!cookieUserId || !issuedAt || !nonce || !mac || cookieUserId !== userId) {
      return null;
    }
    const expected = Buffer.from(this.mac(`${cookieUserId}.${issuedAt}.${nonce}`));
    const presented = Buffer.from(mac);
    if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) {
      return null;
    }
    // Only this server can have written the issue time, so a time ahead of its clock is another instance's skew.
    const ageSeconds = now.getTime() / 1000 - Number(issuedAt);
    return ageSeconds < DEVICE_COOKIE_MAX_AGE_SECONDS ? deviceKey(nonce) : null;
  }

  private mac(payload: string): string {
    return this.keys.mac('device-cookie', payload);
  }
}
