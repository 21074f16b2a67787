import { HttpStatus } from '@nestjs/common';
import { ERROR_CODES } from '@ownerdash/contracts';
import { ApiException } from '../../common/api-exception';
import { addDays, daysIn } from './days';

export interface Period {
  /** Inclusive, `YYYY-MM-DD`. */
  readonly from: string;
  /** Inclusive, `YYYY-MM-DD`. */
  readonly to: string;
}

/** The longest period one request may cover: five years of daily rows per property. */
const MAX_DAYS = 5 * 366;

function refuse(message: string): never {
  throw new ApiException(HttpStatus.BAD_REQUEST, {
    message,
    code: ERROR_CODES.validationFailed,
    details: [{ field: 'from', problems: [message] }],
  });
}

/**
 * The period a view covers: what the request asks for, else the `defaultDays` ending `to`
 * (`today` when absent). `from` after `to` or a period over five years is a 400.
 */
export function resolvePeriod(query: { from?: string; to?: string }, defaultDays: number, today: string): Period {
  const to = query.to ?? today;
  return checkedPeriod(query.from ?? addDays(to, -(defaultDays - 1)), to);
}

/** The period from–to, or a 400 when `from` is after `to` or the period is over five years. */
export function checkedPeriod(from: string, to: string): Period {
  if (from > to) {
    refuse(`from (${from}) must not be after to (${to})`);
  }
  if (daysIn(from, to) > MAX_DAYS) {
    refuse(`the period from ${from} to ${to} is longer than the maximum of five years`);
  }
  return { from, to };
}
