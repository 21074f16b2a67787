import type { ReviewSource } from '@ownerdash/api-client';
import { NO_VALUE } from '../format';

export const REVIEW_SOURCE_NAMES: Readonly<Record<ReviewSource, string>> = {
  google: 'Google',
  apartments: 'Apartments.com',
};

/** A mean rating on the sources' five-star scale: "4.2 of 5". */
export function formatRating(rating: number | null): string {
  return rating === null ? NO_VALUE : `${rating.toFixed(1)} of 5`;
}
