/**
 * Socket.IO rooms: every socket of a user, of a session, of an organization, of the readers of a
 * conversation, and of those who have a conversation open (its thread).
 */
export const userRoom = (userId: string) => `user:${userId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const organizationRoom = (organizationId: string) => `org:${organizationId}`;
export const conversationRoom = (conversationId: string) => `conversation:${conversationId}`;
export const threadRoom = (conversationId: string) => `thread:${conversationId}`;

const CONVERSATION_ROOM_PREFIX = 'conversation:';

/** The conversation of a conversation room's name, or null for rooms of another kind. */
export function conversationOfRoom(room: string): string | null {
  return room.startsWith(CONVERSATION_ROOM_PREFIX) ? room.slice(CONVERSATION_ROOM_PREFIX.length) : null;
}
