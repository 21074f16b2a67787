/**
 * Every action the audit trail records, in one place: what kind of thing it acts on, which
 * `details` keys it may keep (anything else is dropped before the entry is written, so a
 * password, a token, a message's text or a resident's name can only reach the log if a key for
 * it is listed here — none is), and how it reads after the actor's name. The architecture
 * document's list of what is audited is checked against this registry by a test.
 */
export interface AuditActionSpec {
  readonly targetType: AuditTargetType | null;
  readonly details: readonly string[];
  /** The sentence after the actor, e.g. "signed in" ("Sarah Miller signed in"). */
  readonly describes: string;
  /**
   * What writes it: a domain event in its transaction (`event`), a domain event published with no
   * transaction, once told (`published`), any request once answered (`request`), or the read itself.
   */
  readonly source: 'event' | 'published' | 'request' | 'read';
}

export const AUDIT_TARGET_TYPES = ['user', 'session', 'conversation', 'message', 'import-job', 'view', 'unit'] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

export const AUDIT_OUTCOMES = ['success', 'denied', 'failed'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

const FILTER_KEYS = ['actor', 'action', 'targetType', 'targetId', 'outcome', 'from', 'to'] as const;

export const AUDIT_ACTIONS = {
  'auth.signed-in': { targetType: 'user', details: [], describes: 'signed in', source: 'event' },
  'auth.sign-in-failed': {
    targetType: 'user',
    details: ['reason'],
    describes: 'failed to sign in',
    source: 'published',
  },
  'auth.locked-out': {
    targetType: 'user',
    details: ['retryAfterSeconds'],
    describes: 'was locked out after too many failed sign-ins',
    source: 'published',
  },
  'auth.signed-out': { targetType: 'session', details: [], describes: 'signed out', source: 'event' },
  'auth.signed-out-everywhere': {
    targetType: 'user',
    details: ['sessionCount'],
    describes: 'signed a person out everywhere',
    source: 'event',
  },
  'auth.refresh-token-reuse': {
    targetType: 'session',
    details: [],
    describes: 'presented a refresh token already used (the session was ended)',
    source: 'event',
  },
  'auth.password-changed': { targetType: 'user', details: [], describes: 'changed their password', source: 'event' },
  'auth.password-reset-requested': {
    targetType: 'user',
    details: [],
    describes: 'asked for a password reset link',
    source: 'published',
  },
  'auth.password-reset-completed': {
    targetType: 'user',
    details: [],
    describes: 'set a new password through a reset link',
    source: 'event',
  },
  'auth.account-link-issued': {
    targetType: 'user',
    details: ['purpose', 'expiresAt'],
    describes: 'sent an invitation or reset link',
    source: 'event',
  },
  'users.invited': { targetType: 'user', details: ['role'], describes: 'invited a person', source: 'event' },
  'users.invitation-accepted': {
    targetType: 'user',
    details: [],
    describes: 'accepted their invitation',
    source: 'event',
  },
  'users.role-changed': { targetType: 'user', details: [], describes: "changed a person's role", source: 'event' },
  'users.deactivated': { targetType: 'user', details: [], describes: 'deactivated a person', source: 'event' },
  'users.reactivated': { targetType: 'user', details: [], describes: 'reactivated a person', source: 'event' },
  'permissions.scope-changed': {
    targetType: 'user',
    details: [],
    describes: "changed a person's property scope",
    source: 'event',
  },
  'permissions.tree-changed': {
    targetType: 'user',
    details: [],
    describes: "changed a person's permission tree",
    source: 'event',
  },
  'chat.conversation-created': {
    targetType: 'conversation',
    details: ['type', 'propertyId', 'memberIds'],
    describes: 'started a conversation',
    source: 'event',
  },
  'chat.members-added': {
    targetType: 'conversation',
    details: ['memberIds'],
    describes: 'added people to a conversation',
    source: 'event',
  },
  'chat.members-removed': {
    targetType: 'conversation',
    details: ['memberIds'],
    describes: 'removed people from a conversation',
    source: 'event',
  },
  'chat.message-sent': {
    targetType: 'message',
    details: ['conversationId'],
    describes: 'sent a message',
    source: 'event',
  },
  'chat.message-edited': {
    targetType: 'message',
    details: ['conversationId'],
    describes: 'edited a message',
    source: 'event',
  },
  'chat.message-deleted': {
    targetType: 'message',
    details: ['conversationId'],
    describes: 'deleted a message',
    source: 'event',
  },
  'chat.message-deleted-by-admin': {
    targetType: 'message',
    details: ['conversationId', 'senderId'],
    describes: "deleted someone else's message",
    source: 'event',
  },
  'portfolio.import-started': {
    targetType: 'import-job',
    details: ['dataset'],
    describes: 'started an import',
    source: 'published',
  },
  'portfolio.import-finished': {
    targetType: 'import-job',
    details: ['dataset', 'status', 'rowsWritten'],
    describes: 'finished an import',
    source: 'published',
  },
  'privacy.data-exported': {
    targetType: 'user',
    details: [],
    describes: "exported a person's personal data",
    source: 'event',
  },
  'privacy.user-erased': {
    targetType: 'user',
    details: ['messages', 'messagesDeleted'],
    describes: "erased a person's personal data",
    source: 'event',
  },
  'privacy.resident-erased': {
    targetType: 'unit',
    details: ['propertyId', 'evictions', 'formerTenancies'],
    describes: "erased a resident's personal data",
    source: 'event',
  },
  'api.request': {
    targetType: null,
    details: ['method', 'route', 'status'],
    describes: 'made a change through the API',
    source: 'request',
  },
  'access.denied': {
    targetType: null,
    details: ['method', 'route', 'status', 'reason'],
    describes: 'was refused access',
    source: 'request',
  },
  'dashboard.viewed': {
    targetType: 'view',
    details: ['propertyIds', 'from', 'to'],
    describes: 'viewed a dashboard view',
    source: 'read',
  },
  'portfolio.resident-data-read': {
    targetType: 'view',
    details: ['propertyIds', 'from', 'to'],
    describes: "read residents' personal data",
    source: 'read',
  },
  'audit.read': { targetType: null, details: [...FILTER_KEYS], describes: 'read the audit log', source: 'read' },
  'audit.exported': {
    targetType: null,
    details: ['format', ...FILTER_KEYS],
    describes: 'exported the audit log',
    source: 'read',
  },
  'audit.verified': {
    targetType: null,
    details: ['verified', 'upTo'],
    describes: 'verified the audit chain',
    source: 'read',
  },
} as const satisfies Record<string, AuditActionSpec>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const AUDIT_ACTION_NAMES = Object.keys(AUDIT_ACTIONS) as AuditAction[];

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, value);
}
