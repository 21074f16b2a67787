import type { AdminUserDto, ScopeSummaryDto } from '@ownerdash/api-client';
import type { Role } from '@ownerdash/contracts';
import type { ChipTone } from '../shared/label-chip';

export type MemberStatus = 'active' | 'pending' | 'inactive';

export const ROLE_LABELS: Readonly<Record<Role, string>> = { admin: 'Admin', user: 'User' };

export const STATUS_LABELS: Readonly<Record<MemberStatus, string>> = {
  active: 'Active',
  pending: 'Pending invite',
  inactive: 'Deactivated',
};

const STATUS_TONES: Readonly<Record<MemberStatus, ChipTone>> = {
  active: 'positive',
  pending: 'attention',
  inactive: 'muted',
};

/** A member's status as their status chip shows it. */
export function statusChip(user: Pick<AdminUserDto, 'isActive' | 'pendingInvite'>): { label: string; tone: ChipTone } {
  const status = memberStatus(user);
  return { label: STATUS_LABELS[status], tone: STATUS_TONES[status] };
}

/** The status the team list filters by: deactivated first, then invited and never signed in. */
export function memberStatus(user: Pick<AdminUserDto, 'isActive' | 'pendingInvite'>): MemberStatus {
  if (!user.isActive) {
    return 'inactive';
  }
  return user.pendingInvite ? 'pending' : 'active';
}

export function describeScopeSummary(scope: ScopeSummaryDto): string {
  if (scope.allProperties) {
    return 'All properties';
  }
  return `${scope.propertyCount} ${scope.propertyCount === 1 ? 'property' : 'properties'}`;
}

const WITHIN_A_WEEK_SECONDS = 7 * 24 * 60 * 60;

/** "Never", "Just now", "5 minutes ago", "yesterday", or the date for anything older than a week. */
export function describeLastSignIn(lastLogin: string | null, now: Date = new Date()): string {
  if (lastLogin === null) {
    return 'Never';
  }
  const then = new Date(lastLogin);
  const seconds = Math.max(0, (now.getTime() - then.getTime()) / 1000);
  if (seconds < 60) {
    return 'Just now';
  }
  if (seconds >= WITHIN_A_WEEK_SECONDS) {
    return new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(then);
  }
  const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    seconds < 3600 ? [seconds / 60, 'minute'] : seconds < 86400 ? [seconds / 3600, 'hour'] : [seconds / 86400, 'day'];
  const text = relative.format(-Math.floor(value), unit);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
