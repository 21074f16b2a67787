import { Server } from 'node:http';
import { INestApplication } from '@nestjs/common';
import { ChatGateway } from '../chat/realtime/chat.gateway';

/** How long requests under way may take to finish once shutdown starts; main.ts gives up at 10 s. */
export const REQUEST_GRACE_MS = 7_000;

/**
 * Stops the server in the order that loses nothing: chat sockets disconnected; no new connections; idle keep-alive
 * connections closed at once (a client holding one must not keep the process alive); requests
 * under way given `graceMs` to finish, then cut; only then the modules, so nothing still being
 * served finds the database closed. Domain event handlers still running finish before the
 * database closes (`DomainEvents` waits for them).
 */
export async function shutDown(app: INestApplication, graceMs = REQUEST_GRACE_MS): Promise<void> {
  const server = app.getHttpServer() as Server;
  // Chat sockets are long-lived connections the HTTP server would wait for: they go first, and
  // their clients reconnect to another instance and catch up from their last seq.
  app.get(ChatGateway).disconnectLocalSockets();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const cut = setTimeout(() => server.closeAllConnections(), graceMs);
  try {
    await closed;
  } finally {
    clearTimeout(cut);
  }
  await app.close();
}
