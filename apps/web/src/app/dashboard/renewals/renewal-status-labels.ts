import type { RenewalStatus } from '@ownerdash/api-client';

/** In the order a lease's renewal goes: still open, then decided either way. */
export const RENEWAL_STATUS_LABELS: Readonly<Record<RenewalStatus, string>> = {
  pending: 'Pending',
  renewed: 'Renewed',
  vacating: 'Vacating',
};
