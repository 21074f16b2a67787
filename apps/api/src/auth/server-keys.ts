import { createHmac, createSecretKey, hkdfSync, KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** What a derived key is for; each purpose gets a key of its own. */
export type KeyPurpose = 'device-cookie' | 'refresh-token-successor';

/**
 * Keys for the server's own MACs, derived from the JWT secret with HKDF-SHA256 and a label per
 * purpose: one secret to configure and keep, and a MAC made for one purpose (or an access token's
 * signature) is worthless for any other.
 */
@Injectable()
export class ServerKeys {
  private readonly keys = new Map<KeyPurpose, KeyObject>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** HMAC-SHA256 of `value` under the purpose's key, URL-safe. */
  mac(purpose: KeyPurpose, value: string): string {
    return createHmac('sha256', this.key(purpose)).update(value).digest('base64url');
  }

  private key(purpose: KeyPurpose): KeyObject {
    let key = this.keys.get(purpose);
    if (!key) {
      key = createSecretKey(Buffer.from(hkdfSync('sha256', this.config.jwtSecret, '', `ownerdash ${purpose}`, 32)));
      this.keys.set(purpose, key);
    }
    return key;
  }
}
