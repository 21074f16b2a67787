import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { FIELD_ENCRYPTION_KEYS, FieldKeyRing } from './field-key-ring';

/** The format version: `v1:<kid>:<nonce>:<ciphertext+tag>`, both parts base64url. */
export const CIPHERTEXT_PREFIX = 'v1:';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** Why a stored value could not be read. */
export type FieldDecryptionProblem = 'malformed' | 'unknown-key' | 'tampered';

/** A stored value that does not decrypt; carries no plaintext and no key. */
export class FieldDecryptionError extends Error {
  constructor(
    readonly column: string,
    readonly problem: FieldDecryptionProblem,
    readonly keyId?: string,
  ) {
    super(
      problem === 'unknown-key'
        ? `${column}: the key id "${keyId}" is not in ${FIELD_ENCRYPTION_KEYS}`
        : problem === 'tampered'
          ? `${column}: the authentication tag does not match (the value was changed, or belongs to another column)`
          : `${column}: not a v1 ciphertext`,
    );
    this.name = 'FieldDecryptionError';
  }
}

/**
 * AES-256-GCM for personal data at rest. Every value gets a fresh random 96-bit nonce, and the
 * column it is stored in (`units.resident_name`) is bound as associated data: a ciphertext
 * copied into another column fails its authentication tag like an edited one.
 */
export class FieldCipher {
  constructor(private readonly ring: FieldKeyRing) {}

  get primaryKeyId(): string {
    return this.ring.primaryKeyId;
  }

  encrypt(column: string, plaintext: string): string {
    const keyId = this.ring.primaryKeyId;
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key(column, keyId), nonce, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(column, 'utf8'));
    const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `${CIPHERTEXT_PREFIX}${keyId}:${nonce.toString('base64url')}:${sealed.toString('base64url')}`;
  }

  /** `encrypt`, keeping null (no resident) as null. */
  encryptOptional(column: string, plaintext: string | null): string | null {
    return plaintext === null ? null : this.encrypt(column, plaintext);
  }

  /** The plaintext, or a FieldDecryptionError; never bytes that failed their tag. */
  decrypt(column: string, stored: string): string {
    const parts = stored.split(':');
    const [version, keyId = '', nonceText = '', sealedText = ''] = parts;
    if (parts.length !== 4 || `${version}:` !== CIPHERTEXT_PREFIX) {
      throw new FieldDecryptionError(column, 'malformed');
    }
    const nonce = Buffer.from(nonceText, 'base64url');
    const sealed = Buffer.from(sealedText, 'base64url');
    if (nonce.length !== NONCE_BYTES || sealed.length < TAG_BYTES) {
      throw new FieldDecryptionError(column, 'malformed');
    }
    const decipher = createDecipheriv('aes-256-gcm', this.key(column, keyId), nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(column, 'utf8'));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      throw new FieldDecryptionError(column, 'tampered', keyId);
    }
  }

  /** Whether a stored value is a ciphertext under the primary key, which rotation leaves alone. */
  isCurrent(stored: string): boolean {
    return stored.startsWith(`${CIPHERTEXT_PREFIX}${this.ring.primaryKeyId}:`);
  }

  private key(column: string, keyId: string): Buffer {
    const key = this.ring.keys.get(keyId);
    if (!key) {
      throw new FieldDecryptionError(column, 'unknown-key', keyId);
    }
    return key;
  }
}
