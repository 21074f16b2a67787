import { randomInt } from 'node:crypto';

/** No 0/o, 1/l/i: a temporary password is read off a screen and typed by hand. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const GROUPS = 4;
const GROUP_LENGTH = 4;

/** 16 random characters (about 79 bits) in groups of four: `hkzq-7wmr-c4tp-x9df`. */
export function generateTemporaryPassword(): string {
  return Array.from({ length: GROUPS }, () =>
    Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  ).join('-');
}

export const TEMPORARY_PASSWORD_LIFETIME_MS = 72 * 60 * 60 * 1000;
