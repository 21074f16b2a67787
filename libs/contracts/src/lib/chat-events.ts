import type { MessageReference, ReferenceInput } from './chat-references';
import type { ChatNotification } from './notifications';
/**
 * The chat's Socket.IO event API, shared by the API's gateway and its clients. Connect to the
 * path CHAT_SOCKET_PATH with the websocket transport and `auth: { token: <access token> }`.
 */
export const CHAT_SOCKET_PATH = '/api/chat/ws';

/** A message as every chat answer and event carries it (the REST MessageDto's shape). */
export interface ChatMessage {
  readonly id: string;
  readonly conversationId: string;
  readonly seq: number;
  readonly clientMessageId: string;
  readonly sender: { readonly id: string; readonly displayName: string } | null;
  readonly content: string;
  readonly replyToId: string | null;
  readonly reactions: readonly { readonly emoji: string; readonly userIds: readonly string[] }[];
  readonly createdAt: string;
  readonly editedAt: string | null;
  readonly deletedAt: string | null;
  /** The dashboard item it points at, as the reader may see it now (absent without one). */
  readonly reference?: MessageReference;
}

/** Why an acknowledged request failed: the same codes and messages as the REST API's errors. */
export interface ChatAckError {
  readonly code: string;
  readonly message: string;
}

export type ChatAck<T extends object = object> =
  | ({ readonly ok: true } & T)
  | { readonly ok: false; readonly error: ChatAckError };

/** Codes only the socket uses; the others are the REST API's ERROR_CODES. */
export const CHAT_SOCKET_ERROR_CODES = {
  /** The payload is not what the event takes; `message` says what is wrong. */
  invalidPayload: 'INVALID_PAYLOAD',
  /** The conversation does not exist or the caller may not read it. */
  notFound: 'NOT_FOUND',
  /** The socket's session ended, or its rights changed: reconnect with a fresh access token. */
  reauthenticate: 'REAUTHENTICATE',
  internal: 'INTERNAL_ERROR',
} as const;

/** Refusal reasons of the handshake, in the connect_error's `message`. */
export const CHAT_HANDSHAKE_REFUSALS = ['invalid-token', 'account-inactive', 'session-ended', 'permissions-changed'];

export interface SendMessagePayload {
  readonly conversationId: string;
  readonly content: string;
  readonly clientMessageId: string;
  readonly replyToId?: string;
  /** A dashboard item to point at; the server takes its snapshot. */
  readonly reference?: ReferenceInput;
}

export interface SyncPayload {
  /** Each conversation the client holds, with the last seq it has of it. */
  readonly conversations: readonly { readonly id: string; readonly afterSeq: number }[];
}

export interface SyncedConversation {
  readonly id: string;
  readonly messages: readonly ChatMessage[];
  /** More messages follow the last one here: sync again from it. */
  readonly hasMore: boolean;
  /** The caller may no longer read the conversation: drop it. */
  readonly removed: boolean;
}

export interface ConversationPayload {
  readonly conversationId: string;
}

export interface PresenceQueryPayload {
  /** At most CHAT_PRESENCE_QUERY_MAX_USERS ids; people of other organizations are reported offline. */
  readonly userIds: readonly string[];
}

export interface ReadPayload {
  readonly conversationId: string;
  readonly seq: number;
}

/** Events a client sends, each with an acknowledgement callback. */
export interface ChatClientEvents {
  'hub:send_message': (
    payload: SendMessagePayload,
    ack: (answer: ChatAck<{ message: ChatMessage; duplicate: boolean }>) => void,
  ) => void;
  'hub:sync': (payload: SyncPayload, ack: (answer: ChatAck<{ conversations: SyncedConversation[] }>) => void) => void;
  'hub:read': (payload: ReadPayload, ack: (answer: ChatAck<{ lastReadSeq: number }>) => void) => void;
  /** Typing in a conversation reaches those who have joined it (have it open). */
  'hub:typing': (payload: ConversationPayload, ack?: (answer: ChatAck) => void) => void;
  /** The conversation the client has open: from now on it hears who is typing there. */
  'hub:join_conversation': (payload: ConversationPayload, ack?: (answer: ChatAck) => void) => void;
  'hub:leave_conversation': (payload: ConversationPayload, ack?: (answer: ChatAck) => void) => void;
  /** Which of these people are online now; later changes arrive as `hub:presence`. */
  'hub:presence_query': (payload: PresenceQueryPayload, ack: (answer: ChatAck<{ online: string[] }>) => void) => void;
}

export interface ReadEvent {
  readonly conversationId: string;
  readonly userId: string;
  readonly seq: number;
}

export interface TypingEvent {
  readonly conversationId: string;
  readonly userId: string;
  readonly displayName: string;
}

export type PresenceStatus = 'online' | 'offline';

/** A colleague came online (their first socket connected) or went offline (their last one closed). */
export interface PresenceEvent {
  readonly userId: string;
  readonly status: PresenceStatus;
}

/** Events the server sends. */
export interface ChatServerEvents {
  'hub:message_created': (message: ChatMessage) => void;
  'hub:message_updated': (message: ChatMessage) => void;
  'hub:message_deleted': (message: ChatMessage) => void;
  'hub:reaction_changed': (message: ChatMessage) => void;
  'hub:read': (event: ReadEvent) => void;
  /** To the sockets that joined the conversation's thread, except the one that sent hub:typing. */
  'hub:typing': (event: TypingEvent) => void;
  /** To everyone of the user's organization. */
  'hub:presence': (event: PresenceEvent) => void;
  'hub:conversation_updated': (event: ConversationPayload) => void;
  'hub:conversation_removed': (event: ConversationPayload) => void;
  /** The user's rights changed: get a fresh access token and reconnect with it. */
  'session:permissions_changed': () => void;
  /** To every socket of the person notified. */
  'notification:created': (notification: ChatNotification) => void;
}

/** The events of ChatClientEvents by name, for code that needs them at run time (the AsyncAPI check). */
export const CHAT_CLIENT_EVENT_NAMES = [
  'hub:send_message',
  'hub:sync',
  'hub:read',
  'hub:typing',
  'hub:join_conversation',
  'hub:leave_conversation',
  'hub:presence_query',
] as const satisfies readonly (keyof ChatClientEvents)[];

/** The events of ChatServerEvents by name. */
export const CHAT_SERVER_EVENT_NAMES = [
  'hub:message_created',
  'hub:message_updated',
  'hub:message_deleted',
  'hub:reaction_changed',
  'hub:read',
  'hub:typing',
  'hub:conversation_updated',
  'hub:conversation_removed',
  'session:permissions_changed',
  'hub:presence',
  'notification:created',
] as const satisfies readonly (keyof ChatServerEvents)[];

/** Compiles only when T is never. */
type Nothing<T extends never> = T;

/** Events of the maps missing from the name lists: none, or this does not compile. */
export type UnlistedChatEvents =
  | Nothing<Exclude<keyof ChatClientEvents, (typeof CHAT_CLIENT_EVENT_NAMES)[number]>>
  | Nothing<Exclude<keyof ChatServerEvents, (typeof CHAT_SERVER_EVENT_NAMES)[number]>>;
