import { HttpStatus } from '@nestjs/common';
import { ERROR_CODES } from '@ownerdash/contracts';
import { ApiException } from './api-exception';

/** PostgreSQL's text and jsonb cannot hold U+0000: a query carrying it fails in the database. */
const NUL = '\u0000';

/** The dotted path of every string (or object key) within `value` that holds a NUL character. */
export function fieldsWithNul(value: unknown, path: string): string[] {
  if (typeof value === 'string') {
    return value.includes(NUL) ? [path] : [];
  }
  if (typeof value !== 'object' || value === null) {
    return [];
  }
  return Object.entries(value).flatMap(([key, child]) => {
    const childPath = path ? `${path}.${key}` : key;
    return key.includes(NUL) ? [childPath] : fieldsWithNul(child, childPath);
  });
}

export function nulProblem(field: string): string {
  return `${field} must not contain the NUL character (U+0000)`;
}

/** Refuses a request value holding a NUL character anywhere, naming each field, as a validation failure. */
export function rejectNulCharacters(value: unknown, path: string): void {
  const fields = fieldsWithNul(value, path);
  if (fields.length > 0) {
    throw new ApiException(HttpStatus.BAD_REQUEST, {
      message: fields.map(nulProblem).join('; '),
      code: ERROR_CODES.validationFailed,
      details: fields.map((field) => ({ field, problems: [nulProblem(field)] })),
    });
  }
}
