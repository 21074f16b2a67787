import { CellType, problem, value } from './cell-type';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const STATE_CODE = /^[A-Z]{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SLUG_MAX_LENGTH = 100;
const EMAIL_MAX_LENGTH = 254;
const PHONE_MAX_LENGTH = 40;
/** Digits with the usual separators, perhaps a leading + or (, and an extension: +1 (512) 555-0101 x12. */
const PHONE = /^[+(]?\d[\d ()./-]*(?: ?(?:x|ext\.?) ?\d+)?$/i;

/**
 * The characters a spreadsheet takes as the start of a formula (CSV injection): text starting
 * with one would run when a future export of it is opened. Tab and carriage return, which
 * spreadsheets treat alike, cannot lead: every value is trimmed before it is checked.
 */
const FORMULA_START = /^[=+\-@]/;
const FORMULA_PROBLEM = 'must not start with =, +, - or @, which a spreadsheet would run as a formula';

/** Free text, such as a name or a review: any characters, but not at the start of a formula. */
export function text(maxLength: number): CellType {
  return {
    sqlType: 'text',
    parse: (input) => {
      if (input.length > maxLength) {
        return problem(`must be at most ${maxLength} characters`);
      }
      return FORMULA_START.test(input) ? problem(FORMULA_PROBLEM) : value(input);
    },
  };
}

/** A telephone number: only digits and separators, so it may start with + and still be no formula. */
export function phone(): CellType {
  return {
    sqlType: 'text',
    parse: (input) =>
      input.length <= PHONE_MAX_LENGTH && PHONE.test(input)
        ? value(input)
        : problem(
            `must be a phone number of at most ${PHONE_MAX_LENGTH} characters: digits, spaces and + ( ) . / -, and an extension such as x12`,
          ),
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

/** An address may begin with = + or - by the standard; in a file of records that is a formula instead. */
export function email(): CellType {
  return {
    sqlType: 'text',
    parse: (input) => {
      if (input.length > EMAIL_MAX_LENGTH || !EMAIL.test(input)) {
        return problem('must be an email address');
      }
      return FORMULA_START.test(input) ? problem(FORMULA_PROBLEM) : value(input);
    },
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
