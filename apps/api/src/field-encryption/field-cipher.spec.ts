import { FieldCipher, FieldDecryptionError } from './field-cipher';
import { generateFieldKeyRing, parseFieldKeyRing } from './field-key-ring';

const K1 = generateFieldKeyRing('k1');
const K2 = generateFieldKeyRing('k2');

function problemOf(action: () => unknown): string | undefined {
  try {
    action();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(FieldDecryptionError);
    return (error as FieldDecryptionError).problem;
  }
}

describe('FieldCipher', () => {
  const cipher = new FieldCipher(parseFieldKeyRing(K1));

  it('round-trips text, empty and non-ASCII, as v1:<kid>:<nonce>:<ciphertext+tag>', () => {
    for (const plaintext of ['Jordan Avery', '', 'Zoë Łukasiewicz-Ñúñez 👋']) {
      const sealed = cipher.encrypt('units.resident_name', plaintext);
      expect(sealed).toMatch(/^v1:k1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]+$/);
      expect(sealed).not.toContain(plaintext || 'no-empty-match');
      expect(cipher.decrypt('units.resident_name', sealed)).toBe(plaintext);
    }
  });

  it('takes a fresh nonce for every value: the same plaintext never gives the same ciphertext', () => {
    const values = new Set(Array.from({ length: 50 }, () => cipher.encrypt('units.resident_name', 'Same Name')));
    expect(values.size).toBe(50);
    expect(new Set([...values].map((value) => value.split(':')[2])).size).toBe(50);
  });

  it('refuses a tampered ciphertext, nonce or tag loudly instead of returning garbage', () => {
    const sealed = cipher.encrypt('units.resident_email', 'ada@example.com');
    const [version, keyId, nonce = '', body = ''] = sealed.split(':');
    const flip = (text: string, at: number) => {
      const bytes = Buffer.from(text, 'base64url');
      bytes[at] = (bytes[at] ?? 0) ^ 1;
      return bytes.toString('base64url');
    };
    const tampered = [
      [version, keyId, nonce, flip(body, 0)],
      [version, keyId, nonce, flip(body, Buffer.from(body, 'base64url').length - 1)],
      [version, keyId, flip(nonce, 3), body],
    ].map((parts) => parts.join(':'));
    for (const value of tampered) {
      expect(problemOf(() => cipher.decrypt('units.resident_email', value))).toBe('tampered');
    }
    expect(() => cipher.decrypt('units.resident_email', tampered[0] ?? '')).toThrow(/authentication tag/);
  });

  it('binds the column: a value copied into another column fails to decrypt', () => {
    const email = cipher.encrypt('units.resident_email', 'ada@example.com');
    expect(problemOf(() => cipher.decrypt('units.resident_name', email))).toBe('tampered');
    expect(problemOf(() => cipher.decrypt('evictions.resident_email', email))).toBe('tampered');
  });

  it('names an unknown key id, and refuses what is not a v1 ciphertext', () => {
    const other = new FieldCipher(parseFieldKeyRing(K2)).encrypt('units.resident_name', 'Ada Park');
    expect(problemOf(() => cipher.decrypt('units.resident_name', other))).toBe('unknown-key');
    expect(() => cipher.decrypt('units.resident_name', other)).toThrow(
      'units.resident_name: the key id "k2" is not in FIELD_ENCRYPTION_KEYS',
    );
    for (const value of ['Ada Park', 'v2:k1:a:b', 'v1:k1:short:x', 'v1:k1']) {
      expect(problemOf(() => cipher.decrypt('units.resident_name', value))).toBe('malformed');
    }
  });

  it('encrypts under the first key of the ring and decrypts under any of them', () => {
    const old = new FieldCipher(parseFieldKeyRing(K1)).encrypt('units.resident_name', 'Ada Park');
    const rotated = new FieldCipher(parseFieldKeyRing(`${K2},${K1}`));
    expect(rotated.decrypt('units.resident_name', old)).toBe('Ada Park');
    expect(rotated.isCurrent(old)).toBe(false);
    const fresh = rotated.encrypt('units.resident_name', 'Ada Park');
    expect(fresh.startsWith('v1:k2:')).toBe(true);
    expect(rotated.isCurrent(fresh)).toBe(true);
  });
});

describe('parseFieldKeyRing', () => {
  const key = Buffer.alloc(32, 9).toString('base64');

  it('takes kid:key pairs, base64 or base64url, the first one primary', () => {
    const ring = parseFieldKeyRing(` b:${key} , a:${Buffer.alloc(32, 8).toString('base64url')}`);
    expect(ring.primaryKeyId).toBe('b');
    expect([...ring.keys.keys()]).toEqual(['b', 'a']);
    expect(ring.keys.get('a')).toEqual(Buffer.alloc(32, 8));
  });

  it('refuses malformed rings, naming the variable and never echoing a key', () => {
    const cases: [string, RegExp][] = [
      ['', /FIELD_ENCRYPTION_KEYS holds no key/],
      [key, /FIELD_ENCRYPTION_KEYS entry 1 must start with a key id/],
      [`a:b:${key}`, /FIELD_ENCRYPTION_KEYS key "a" must be 32 bytes in base64/],
      [`k1:${Buffer.alloc(16).toString('base64')}`, /key "k1" must be 32 bytes/],
      [`k1:${key},k1:${key}`, /names the key id "k1" twice/],
      [`k 1:${key}`, /entry 1 must start with a key id/],
    ];
    for (const [text, message] of cases) {
      expect(() => parseFieldKeyRing(text)).toThrow(message);
      try {
        parseFieldKeyRing(text);
      } catch (error) {
        expect((error as Error).message).not.toContain(key);
      }
    }
  });
});
