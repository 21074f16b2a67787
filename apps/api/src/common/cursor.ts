import { HttpStatus } from '@nestjs/common';
import { ERROR_CODES } from '@ownerdash/contracts';
import { ApiException } from './api-exception';

/** A page's end as an opaque string for the next request: base64url of its JSON. */
export function encodeCursor(position: object): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/**
 * The position a cursor holds, when `isPosition` accepts it; otherwise a 400 for the `cursor`
 * field saying `problem`. A cursor is the client's to keep, not to make: anything else is refused.
 */
export function decodeCursor<T>(text: string, isPosition: (value: unknown) => value is T, problem: string): T {
  try {
    const position: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (isPosition(position)) {
      return position;
    }
  } catch {
    // Not base64url JSON: refused as any other cursor.
  }
  throw new ApiException(HttpStatus.BAD_REQUEST, {
    message: problem,
    code: ERROR_CODES.validationFailed,
    details: [{ field: 'cursor', problems: [problem] }],
  });
}

/** Whether a value of a decoded cursor is a UUID, as row ids are. */
export function isUuidText(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/** Whether a value of a decoded cursor is a time as toISOString writes it. */
export function isTimeText(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}
