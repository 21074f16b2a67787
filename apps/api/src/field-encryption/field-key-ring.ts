import { randomBytes } from 'node:crypto';

/** The environment variable holding the key ring; named in every message about it. */
export const FIELD_ENCRYPTION_KEYS = 'FIELD_ENCRYPTION_KEYS';

/** AES-256 keys are 32 bytes. */
export const FIELD_KEY_BYTES = 32;

/** Key ids appear inside every ciphertext (`v1:<kid>:…`), so they may not hold the separator. */
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
/** 32 bytes in base64 or base64url, with or without padding. */
const KEY_TEXT = /^[A-Za-z0-9+/_-]{43}=?$/;

/**
 * The keys personal data is encrypted with. `primaryKeyId` encrypts every new value; every key
 * of the ring decrypts, so values written under an older key stay readable until
 * `rotate-field-keys` has re-encrypted them.
 */
export interface FieldKeyRing {
  readonly primaryKeyId: string;
  readonly keys: ReadonlyMap<string, Buffer>;
}

/**
 * Reads `kid:base64key,kid:base64key,…`. The first entry is the primary key: rotating means
 * putting a new key first and keeping the old ones after it until the rotation has finished.
 * Throws an Error saying what is wrong, never echoing a key.
 */
export function parseFieldKeyRing(text: string): FieldKeyRing {
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.length === 0) {
    throw new Error(`${FIELD_ENCRYPTION_KEYS} holds no key (expected kid:base64key[,kid:base64key…])`);
  }
  const keys = new Map<string, Buffer>();
  entries.forEach((entry, index) => {
    const separator = entry.indexOf(':');
    const keyId = separator < 0 ? '' : entry.slice(0, separator);
    const keyText = separator < 0 ? '' : entry.slice(separator + 1);
    const position = `entry ${index + 1}`;
    if (!KEY_ID.test(keyId)) {
      throw new Error(
        `${FIELD_ENCRYPTION_KEYS} ${position} must start with a key id of 1 to 32 letters, digits, - or _ and a colon`,
      );
    }
    if (keys.has(keyId)) {
      throw new Error(`${FIELD_ENCRYPTION_KEYS} names the key id "${keyId}" twice`);
    }
    if (!KEY_TEXT.test(keyText)) {
      throw new Error(`${FIELD_ENCRYPTION_KEYS} key "${keyId}" must be ${FIELD_KEY_BYTES} bytes in base64`);
    }
    keys.set(keyId, Buffer.from(keyText.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  });
  return { primaryKeyId: entries[0]?.split(':')[0] ?? '', keys };
}

/** A ring of one fresh random key, in the variable's format: what development starts with. */
export function generateFieldKeyRing(keyId = 'k1'): string {
  return `${keyId}:${randomBytes(FIELD_KEY_BYTES).toString('base64')}`;
}
