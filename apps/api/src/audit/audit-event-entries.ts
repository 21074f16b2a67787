import { CHAT_SOCKET_PATH } from '@ownerdash/contracts';
import { EntityManager } from 'typeorm';
import {
  AccountLinkIssued,
  PasswordResetRequested,
  PasswordSet,
  SessionsRevoked,
  SignedIn,
  SignInRefused,
} from '../auth/auth.events';
import { RevokeReason } from '../auth/sessions';
import {
  ChatConversationCreated,
  ChatHandshakeRefused,
  ChatMembershipChanged,
  ChatMessageChanged,
  ChatMessagePosted,
} from '../chat/chat.events';
import { DomainEvent } from '../events/domain-event';
import { PermissionTreeChanged, PropertyScopeChanged } from '../permissions/permissions.events';
import { ImportFinished, ImportStarted } from '../portfolio/import/import.events';
import { PersonalDataExported, ResidentErased, UserErased } from '../privacy/privacy.events';
import { UserDeactivated, UserInvited, UserReactivated, UserRoleChanged } from '../users/users.events';
import { AuditAction } from './audit-actions';
import { AuditEntryInput } from './audit-entry';
import { AuditOrigin } from './audit-log';

/** Who caused the events: the signed-in caller of the request, when there is one. */
export type EventActor = string | null;

/** Sessions ended by a password change, a reset or a deactivation are told by that action's own entry. */
const REVOKE_ACTIONS: Partial<Record<RevokeReason, AuditAction>> = {
  logout: 'auth.signed-out',
  'refresh-token-reuse': 'auth.refresh-token-reuse',
  'signed-out-by-admin': 'auth.signed-out-everywhere',
};

const PASSWORD_ACTIONS = {
  changed: 'auth.password-changed',
  'reset-link': 'auth.password-reset-completed',
  'invitation-accepted': 'users.invitation-accepted',
} as const;

/**
 * The entries a transaction's events make. Events of a conversation created in the same
 * transaction tell of its first members, which the creation's entry holds. Each entry keeps
 * ids and facts only: the events' other fields (a message's text, a link's token, an email)
 * never reach it, and its details pass the registry's allow-list besides.
 */
export async function entriesOfEvents(
  manager: EntityManager,
  events: readonly DomainEvent[],
  actor: EventActor,
): Promise<AuditEntryInput[]> {
  const created = new Map(
    events
      .filter((event): event is ChatConversationCreated => event instanceof ChatConversationCreated)
      .map((event) => [event.conversationId, event]),
  );
  const entries: AuditEntryInput[] = [];
  for (const event of events) {
    if (event instanceof ChatMembershipChanged && created.has(event.conversationId)) {
      continue;
    }
    if (event instanceof ChatConversationCreated) {
      const members = events.find(
        (other): other is ChatMembershipChanged =>
          other instanceof ChatMembershipChanged && other.conversationId === event.conversationId,
      );
      entries.push({
        organizationId: event.organizationId,
        action: 'chat.conversation-created',
        actorId: event.createdBy,
        targetId: event.conversationId,
        details: { type: event.type, memberIds: members?.joined ?? [] },
      });
      continue;
    }
    entries.push(...(await entriesOf(manager, event, actor)));
  }
  return entries;
}

/** The entries of an event published outside a transaction (sign-in refusals, reset requests, imports). */
export function entryOfPublishedEvent(event: DomainEvent, actor: EventActor): AuditEntryInput | null {
  if (event instanceof SignInRefused) {
    return {
      organizationId: event.organizationId,
      action: event.refusal === 'locked-out' ? 'auth.locked-out' : 'auth.sign-in-failed',
      actorId: event.userId,
      targetId: event.userId,
      outcome: 'denied',
      details: { reason: event.refusal, retryAfterSeconds: event.retryAfterSeconds },
    };
  }
  if (event instanceof PasswordResetRequested) {
    return {
      organizationId: event.organizationId,
      action: 'auth.password-reset-requested',
      actorId: actor ?? event.userId,
      targetId: event.userId,
    };
  }
  if (event instanceof ChatHandshakeRefused) {
    // Recorded as the HTTP refusals of a token that names someone are: the handshake is a GET upgrade.
    return {
      organizationId: event.organizationId,
      action: 'access.denied',
      actorId: event.userId,
      outcome: 'denied',
      details: { method: 'GET', route: CHAT_SOCKET_PATH, status: 401, reason: event.refusal },
    };
  }
  if (event instanceof ImportStarted || event instanceof ImportFinished) {
    return {
      organizationId: event.organizationId,
      action: event instanceof ImportStarted ? 'portfolio.import-started' : 'portfolio.import-finished',
      actorId: event.userId,
      targetId: event.jobId,
      outcome: event instanceof ImportFinished && event.status === 'failed' ? 'failed' : 'success',
      details: { ...event },
    };
  }
  return null;
}

/** Where a published event came from, when it was no request (a socket's handshake); else the request's. */
export function originOfPublishedEvent(event: DomainEvent): AuditOrigin | undefined {
  return event instanceof ChatHandshakeRefused
    ? { requestId: null, ip: event.ipAddress, userAgent: event.userAgent }
    : undefined;
}

async function entriesOf(manager: EntityManager, event: DomainEvent, actor: EventActor): Promise<AuditEntryInput[]> {
  if (event instanceof SignedIn) {
    return [
      { organizationId: event.organizationId, action: 'auth.signed-in', actorId: event.userId, targetId: event.userId },
    ];
  }
  if (event instanceof SessionsRevoked) {
    return sessionsRevoked(manager, event, actor);
  }
  if (event instanceof PasswordSet) {
    const action = PASSWORD_ACTIONS[event.way];
    return [{ organizationId: event.organizationId, action, actorId: event.userId, targetId: event.userId }];
  }
  if (event instanceof AccountLinkIssued) {
    return [
      {
        organizationId: event.organizationId,
        action: 'auth.account-link-issued',
        actorId: event.issuedBy?.userId ?? actor ?? event.userId,
        targetId: event.userId,
        details: { purpose: event.purpose, expiresAt: event.expiresAt.toISOString() },
      },
    ];
  }
  if (event instanceof UserInvited) {
    return [
      {
        organizationId: event.organizationId,
        action: 'users.invited',
        actorId: actor,
        targetId: event.userId,
        details: { role: event.role },
      },
    ];
  }
  if (event instanceof UserRoleChanged) {
    return [
      {
        organizationId: event.organizationId,
        action: 'users.role-changed',
        actorId: actor,
        targetId: event.userId,
        changes: [{ field: 'role', before: event.before, after: event.after }],
      },
    ];
  }
  if (event instanceof UserDeactivated || event instanceof UserReactivated) {
    const action = event instanceof UserDeactivated ? 'users.deactivated' : 'users.reactivated';
    return [{ organizationId: event.organizationId, action, actorId: actor, targetId: event.userId }];
  }
  if (event instanceof PropertyScopeChanged) {
    return [
      {
        organizationId: event.organizationId,
        action: 'permissions.scope-changed',
        actorId: actor,
        targetId: event.userId,
        changes: [{ field: 'propertyIds', before: [...event.before], after: [...event.after] }],
      },
    ];
  }
  if (event instanceof PermissionTreeChanged) {
    return [
      {
        organizationId: event.organizationId,
        action: 'permissions.tree-changed',
        actorId: actor,
        targetId: event.userId,
        changes: event.changes.map(({ item, before, after }) => ({ field: item, before, after })),
      },
    ];
  }
  if (event instanceof ChatMembershipChanged) {
    return membershipChanged(manager, event, actor);
  }
  if (event instanceof PersonalDataExported || event instanceof UserErased) {
    const action = event instanceof UserErased ? 'privacy.user-erased' : 'privacy.data-exported';
    const targetId = event instanceof UserErased ? event.userId : event.subjectUserId;
    return [{ organizationId: event.organizationId, action, actorId: actor, targetId, details: { ...event } }];
  }
  if (event instanceof ResidentErased) {
    return [
      {
        organizationId: event.organizationId,
        action: 'privacy.resident-erased',
        actorId: actor,
        targetId: event.unitId,
        details: { propertyId: event.propertyId, evictions: event.evictions, formerTenancies: event.formerResidents },
      },
    ];
  }
  if (event instanceof ChatMessagePosted) {
    return [
      {
        organizationId: event.organizationId,
        action: 'chat.message-sent',
        actorId: event.message.sender?.id ?? actor,
        targetId: event.message.id,
        details: { conversationId: event.message.conversationId },
      },
    ];
  }
  if (event instanceof ChatMessageChanged && event.change !== 'reaction') {
    return [await messageChanged(manager, event, actor)];
  }
  return [];
}

async function sessionsRevoked(
  manager: EntityManager,
  event: SessionsRevoked,
  actor: EventActor,
): Promise<AuditEntryInput[]> {
  const action = REVOKE_ACTIONS[event.reason];
  if (!action) {
    return [];
  }
  const organizationId = await organizationOfUser(manager, event.userId);
  const [sessionId] = event.sessionIds;
  return [
    {
      organizationId,
      action,
      actorId: action === 'auth.signed-out-everywhere' ? actor : event.userId,
      targetId: action === 'auth.signed-out-everywhere' ? event.userId : (sessionId ?? null),
      outcome: action === 'auth.refresh-token-reuse' ? 'denied' : 'success',
      details: { sessionCount: event.sessionIds.length },
    },
  ];
}

async function membershipChanged(
  manager: EntityManager,
  event: ChatMembershipChanged,
  actor: EventActor,
): Promise<AuditEntryInput[]> {
  const organizationId = await organizationOfConversation(manager, event.conversationId);
  const entries: AuditEntryInput[] = [];
  if (event.joined.length > 0) {
    entries.push({
      organizationId,
      action: 'chat.members-added',
      actorId: actor,
      targetId: event.conversationId,
      details: { memberIds: [...event.joined] },
    });
  }
  if (event.left.length > 0) {
    entries.push({
      organizationId,
      action: 'chat.members-removed',
      actorId: actor,
      targetId: event.conversationId,
      details: { memberIds: [...event.left] },
    });
  }
  return entries;
}

async function messageChanged(
  manager: EntityManager,
  event: ChatMessageChanged,
  actor: EventActor,
): Promise<AuditEntryInput> {
  const { message } = event;
  const organizationId = await organizationOfConversation(manager, message.conversationId);
  const senderId = message.sender?.id ?? null;
  const byOther = event.change === 'deleted' && actor !== null && actor !== senderId;
  return {
    organizationId,
    action: byOther
      ? 'chat.message-deleted-by-admin'
      : event.change === 'deleted'
        ? 'chat.message-deleted'
        : 'chat.message-edited',
    actorId: actor ?? senderId,
    targetId: message.id,
    details: { conversationId: message.conversationId, senderId },
  };
}

/** The one read of `users` the trail makes: an account's organization, by primary key. */
async function organizationOfUser(manager: EntityManager, userId: string): Promise<string> {
  const [row] = (await manager.query(`SELECT organization_id AS id FROM users WHERE id = $1`, [userId])) as {
    id: string;
  }[];
  return (row as { id: string }).id;
}

/** The one read of `chat_conversations` the trail makes: a conversation's organization, by primary key. */
async function organizationOfConversation(manager: EntityManager, conversationId: string): Promise<string> {
  const [row] = (await manager.query(`SELECT organization_id AS id FROM chat_conversations WHERE id = $1`, [
    conversationId,
  ])) as { id: string }[];
  return (row as { id: string }).id;
}
