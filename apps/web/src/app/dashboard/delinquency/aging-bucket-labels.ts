import type { AgingBucket } from '@ownerdash/api-client';

/** The aging buckets as the AR table names them. */
export const AGING_BUCKET_LABELS: Readonly<Record<AgingBucket, string>> = {
  '0-30': '0–30 days',
  '31-60': '31–60 days',
  '61-90': '61–90 days',
  '90+': 'Over 90 days',
};
