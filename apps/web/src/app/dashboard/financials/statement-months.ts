import type { BookedMonthsDto } from '@ownerdash/api-client';
import { formatMonth } from '../format';

/** The months a financial answer has books for, as "Dec 2025 – Nov 2026"; null when none. */
export function statementMonths(booked: BookedMonthsDto | null): string | null {
  if (!booked) {
    return null;
  }
  const [first, last] = [formatMonth(booked.first), formatMonth(booked.last)];
  return first === last ? first : `${first} – ${last}`;
}
