// The chat benchmark's baseline, forked by chat.mjs: a bare Socket.IO server (the API's socket.io)
// that only relays. It takes the API's handshake (path, websocket transport, an HS256 access token
// in `auth.token`, checked), puts each socket in the rooms of its user's conversations, answers
// hub:send_message with a message numbered by an in-memory seq per conversation, and emits it to
// the conversation's room as hub:message_created. No database, no rights, no idempotency: what the
// same clients get from Socket.IO alone on this machine.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { Server } from 'socket.io';

/** The token's subject, or null unless it is signed with the secret and not expired. */
function subjectOf(token, secret) {
  const [header, payload, signature] = typeof token === 'string' ? token.split('.') : [];
  if (!signature) {
    return null;
  }
  const expected = createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return null;
  }
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  return claims.exp * 1000 > Date.now() ? claims.sub : null;
}

/** `conversationsOf`: user id → the ids of their conversations. */
function relay(port, secret, conversationsOf) {
  const http = createServer();
  const io = new Server(http, { path: '/api/chat/ws', transports: ['websocket'], serveClient: false });
  const seqs = new Map();
  io.use((socket, next) => {
    const userId = subjectOf(socket.handshake.auth?.token, secret);
    if (!userId || !conversationsOf.has(userId)) {
      next(new Error('invalid-token'));
      return;
    }
    socket.data.userId = userId;
    socket.join(conversationsOf.get(userId));
    next();
  });
  io.on('connection', (socket) => {
    socket.on('hub:send_message', (payload, ack) => {
      const { conversationId, content, clientMessageId } = payload ?? {};
      if (typeof ack !== 'function') {
        return;
      }
      if (!socket.rooms.has(conversationId)) {
        ack({ ok: false, error: { code: 'NOT_FOUND', message: 'No such conversation.' } });
        return;
      }
      const seq = (seqs.get(conversationId) ?? 0) + 1;
      seqs.set(conversationId, seq);
      const message = {
        id: randomUUID(),
        conversationId,
        seq,
        clientMessageId,
        sender: { id: socket.data.userId, displayName: socket.data.userId },
        content,
        replyToId: null,
        reactions: [],
        createdAt: new Date().toISOString(),
        editedAt: null,
        deletedAt: null,
      };
      // As the API does: the event goes out when the message is stored, then the sender's answer.
      io.to(conversationId).emit('hub:message_created', message);
      ack({ ok: true, message, duplicate: false });
    });
  });
  return new Promise((resolve) => http.listen(port, '127.0.0.1', () => resolve(io)));
}

process.once('message', async ({ port, secret, conversationsOf }) => {
  await relay(port, secret, new Map(Object.entries(conversationsOf)));
  process.send({ listening: true });
});
process.on('disconnect', () => process.exit(0));
