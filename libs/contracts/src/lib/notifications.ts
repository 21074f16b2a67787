/** What a notification tells: a message in a conversation, a mention of the user, being added to one. */
export const NOTIFICATION_TYPES = ['message_received', 'mention', 'added_to_conversation'] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** Notifications per page, by default and at most. */
export const NOTIFICATIONS_DEFAULT_LIMIT = 20;
export const NOTIFICATIONS_MAX_LIMIT = 100;
/** The most notifications one request marks read by id. */
export const NOTIFICATIONS_MAX_READ_BATCH = 100;

/** A notification as the REST API and the `notification:created` event carry it. */
export interface ChatNotification {
  readonly id: string;
  readonly type: NotificationType;
  readonly conversationId: string;
  /** The message, for message_received and mention. */
  readonly messageId: string | null;
  /** The message's seq, to open the conversation at it; null without a message (and for old rows). */
  readonly messageSeq: number | null;
  /** Who sent the message or added the user, if they still exist. */
  readonly actor: { readonly id: string; readonly displayName: string } | null;
  readonly createdAt: string;
  readonly readAt: string | null;
}

/**
 * A mention in a message's markdown: `@[Display name](user:<id>)`. Written as a link, it reads as
 * "@Display name" anywhere the mention is not understood; the server notifies the people it names
 * who may read the conversation, and nobody else.
 */
const MENTION = /@\[[^\]\n]{1,100}\]\(user:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/gi;

/** The ids of the people a message's content mentions, lower-cased, each once. */
export function mentionedUserIds(content: string): string[] {
  return [...new Set([...content.matchAll(MENTION)].map((match) => (match[1] ?? '').toLowerCase()))];
}

/** The markdown that mentions a person. */
export function mentionOf(user: { readonly id: string; readonly displayName: string }): string {
  return `@[${user.displayName.replace(/[[\]\n]/g, ' ')}](user:${user.id})`;
}

/**
 * A person's notification settings, kept on the server. `chatNotifications` off: no
 * `message_received` notification is written for them; mentions and being added to a conversation
 * still notify (as in a muted conversation), since those are addressed to the person. `toasts` off:
 * the web app shows no pop-up for anything, mentions included (the bell still counts them).
 */
export interface NotificationPreferences {
  readonly chatNotifications: boolean;
  readonly toasts: boolean;
}

/** Everyone's settings until they change them. */
export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences = { chatNotifications: true, toasts: true };
