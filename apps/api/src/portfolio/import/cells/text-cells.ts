import { CellType, problem, value } from './cell-type';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STATE_CODE = /^[A-Z]{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SLUG_MAX_LENGTH = 100;
const EMAIL_MAX_LENGTH = 254;

export function text(maxLength: number): CellType {
  return {
    sqlType: 'text',
    parse: (input) => (input.length > maxLength ? problem(`must be at most ${maxLength} characters`) : value(input)),
  };
}

/** A property's identifier in URLs and files, as the demo data and the web app write them. */
export function slug(): CellType {
  return {
    sqlType: 'text',
    parse: (input) =>
      input.length <= SLUG_MAX_LENGTH && SLUG.test(input)
        ? value(input)
        : problem(
            `must be a slug of at most ${SLUG_MAX_LENGTH} characters: lower-case letters and digits in words joined by single hyphens (harbor-view)`,
          ),
  };
}

export function stateCode(): CellType {
  return {
    sqlType: 'text',
    parse: (input) =>
      STATE_CODE.test(input) ? value(input) : problem('must be a two-letter state code in capitals (TX)'),
  };
}

export function email(): CellType {
  return {
    sqlType: 'text',
    parse: (input) =>
      input.length <= EMAIL_MAX_LENGTH && EMAIL.test(input) ? value(input) : problem('must be an email address'),
  };
}

/** One of a closed set, spelled exactly as the check constraint lists it. */
export function oneOf(values: readonly string[]): CellType {
  const allowed = new Set(values);
  return {
    sqlType: 'text',
    parse: (input) => (allowed.has(input) ? value(input) : problem(`must be one of: ${values.join(', ')}`)),
  };
}
