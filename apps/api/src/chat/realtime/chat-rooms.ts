/** Socket.IO rooms: every socket of a user, of a session, and of the readers of a conversation. */
export const userRoom = (userId: string) => `user:${userId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const conversationRoom = (conversationId: string) => `conversation:${conversationId}`;

const CONVERSATION_ROOM_PREFIX = 'conversation:';

/** The conversation of a room name, or null for rooms of another kind. */
export function conversationOfRoom(room: string): string | null {
  return room.startsWith(CONVERSATION_ROOM_PREFIX) ? room.slice(CONVERSATION_ROOM_PREFIX.length) : null;
}
