import { FieldCipher } from '../../src/field-encryption/field-cipher';
import { FieldKeyRing, parseFieldKeyRing } from '../../src/field-encryption/field-key-ring';

/** Fixed test keys, so fixtures can write the ciphertext the app reads. */
export const TEST_KEY_TEXT = `test1:${Buffer.alloc(32, 1).toString('base64')}`;
export const TEST_FIELD_KEYS: FieldKeyRing = parseFieldKeyRing(TEST_KEY_TEXT);

/** What the test apps encrypt and decrypt with (unless a test gives its app other keys). */
export const TEST_FIELD_CIPHER = new FieldCipher(TEST_FIELD_KEYS);
