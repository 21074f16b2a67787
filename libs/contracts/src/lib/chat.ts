/**
 * The kinds of conversation: two people, a named group, the one conversation of a property, or a
 * thread about one entity of the portfolio data (a unit, a lease, a work order, an eviction).
 */
export const CHAT_CONVERSATION_TYPES = ['direct', 'group', 'property', 'entity'] as const;
export type ChatConversationType = (typeof CHAT_CONVERSATION_TYPES)[number];

/** Owners (the creator of a group) may add and remove its members, as organization admins may. */
export const CHAT_MEMBER_ROLES = ['owner', 'member'] as const;
export type ChatMemberRole = (typeof CHAT_MEMBER_ROLES)[number];

/** The longest message, in characters: Unicode code points, as PostgreSQL's char_length counts them. */
export const CHAT_MESSAGE_MAX_LENGTH = 10_000;
/** A client's id for a message it sends, unique per sender: a retry with the same id is the same message. */
export const CHAT_CLIENT_MESSAGE_ID_MAX_LENGTH = 64;
export const CHAT_GROUP_NAME_MAX_LENGTH = 100;
/** The most people a group can be created with, or added at once. */
export const CHAT_MEMBERS_MAX_BATCH = 100;
/** The most messages one page of history holds. */
export const CHAT_HISTORY_MAX_LIMIT = 100;
/** The longest reaction: one emoji, with its modifiers and joiners. */
export const CHAT_EMOJI_MAX_LENGTH = 32;
/** The most people one presence query may ask about. */
export const CHAT_PRESENCE_QUERY_MAX_USERS = 100;
/** The most colleagues one people search answers, and how many without a limit. */
export const CHAT_PEOPLE_MAX_LIMIT = 50;
export const CHAT_PEOPLE_DEFAULT_LIMIT = 20;

/** The longest chat search, in characters. */
export const CHAT_SEARCH_MAX_LENGTH = 200;
/** Search results per page, by default and at most. */
export const CHAT_SEARCH_DEFAULT_LIMIT = 20;
export const CHAT_SEARCH_MAX_LIMIT = 50;

/** The `@` autocomplete: the longest search text, and how many people and items it answers. */
export const CHAT_SUGGESTIONS_MAX_QUERY_LENGTH = 100;
export const CHAT_SUGGESTIONS_DEFAULT_LIMIT = 8;
export const CHAT_SUGGESTIONS_MAX_LIMIT = 20;
/** The reference types the autocomplete offers items of (a chosen one becomes the message's reference). */
export const CHAT_SUGGESTION_TYPES = ['property', 'kpi', 'chart'] as const;
export type ChatSuggestionType = (typeof CHAT_SUGGESTION_TYPES)[number];
