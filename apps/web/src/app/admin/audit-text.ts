import type { AuditAction, AuditEntryDto, AuditOutcome, AuditTargetType } from '@ownerdash/api-client';
import type { ChipTone } from '../shared/label-chip';

/** Each audited action as the action filter offers it. */
export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  'auth.signed-in': 'Signed in',
  'auth.sign-in-failed': 'Sign-in failed',
  'auth.locked-out': 'Locked out',
  'auth.signed-out': 'Signed out',
  'auth.signed-out-everywhere': 'Signed out everywhere',
  'auth.refresh-token-reuse': 'Refresh token reused',
  'auth.password-changed': 'Password changed',
  'auth.password-reset-requested': 'Password reset requested',
  'auth.password-reset-completed': 'Password reset completed',
  'auth.account-link-issued': 'Account link issued',
  'users.invited': 'Person invited',
  'users.invitation-accepted': 'Invitation accepted',
  'users.role-changed': 'Role changed',
  'users.deactivated': 'Person deactivated',
  'users.reactivated': 'Person reactivated',
  'permissions.scope-changed': 'Property access changed',
  'permissions.tree-changed': 'Permissions changed',
  'chat.conversation-created': 'Conversation created',
  'chat.members-added': 'Conversation members added',
  'chat.members-removed': 'Conversation members removed',
  'chat.message-sent': 'Message sent',
  'chat.message-edited': 'Message edited',
  'chat.message-deleted': 'Message deleted',
  'chat.message-deleted-by-admin': 'Message deleted by an admin',
  'portfolio.import-started': 'Import started',
  'portfolio.import-finished': 'Import finished',
  'privacy.data-exported': 'Personal data exported',
  'privacy.user-erased': 'Person erased',
  'privacy.resident-erased': 'Resident erased',
  'api.request': 'Other change',
  'access.denied': 'Access denied',
  'dashboard.viewed': 'Dashboard viewed',
  'portfolio.resident-data-read': 'Resident data read',
  'audit.read': 'Audit trail read',
  'audit.exported': 'Audit trail exported',
  'audit.verified': 'Audit chain verified',
};

export const AUDIT_TARGET_LABELS: Readonly<Record<AuditTargetType, string>> = {
  user: 'Person',
  session: 'Session',
  conversation: 'Conversation',
  message: 'Message',
  'import-job': 'Import',
  view: 'Dashboard view',
  unit: 'Unit',
};

export const AUDIT_OUTCOME_LABELS: Readonly<Record<AuditOutcome, string>> = {
  success: 'Success',
  denied: 'Denied',
  failed: 'Failed',
};

export const AUDIT_OUTCOME_TONES: Readonly<Record<AuditOutcome, ChipTone>> = {
  success: 'positive',
  denied: 'alarm',
  failed: 'alarm',
};

/** Who did it, as the sentence starts: the name, or what is left when the account is gone. */
export function actorName(entry: Pick<AuditEntryDto, 'actor'>): string {
  if (!entry.actor) {
    return 'Someone not signed in';
  }
  return entry.actor.displayName ?? 'A former user';
}

/** "Sarah Miller changed a person's role". */
export function auditSentence(entry: Pick<AuditEntryDto, 'actor' | 'description'>): string {
  return `${actorName(entry)} ${entry.description}`;
}

const TIME = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' });
const DAY = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric' });
const DAY_WITH_YEAR = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', year: 'numeric' });

/** "2:14 PM, Dec 7"; the year only when it is not that of `now` (the app's clock, milliseconds). */
export function auditTime(at: string, now: number): string {
  const when = new Date(at);
  const day = when.getFullYear() === new Date(now).getFullYear() ? DAY : DAY_WITH_YEAR;
  return `${TIME.format(when)}, ${day.format(when)}`;
}

/** A detail's or a changed field's value as text; none shows as a dash. */
export function auditValue(value: unknown): string {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? '(none)' : value.map((item) => String(item)).join(', ');
  }
  if (typeof value === 'boolean') {
    return value ? 'Yes' : 'No';
  }
  return String(value);
}
