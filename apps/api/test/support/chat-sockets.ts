import { CHAT_SOCKET_PATH, ChatClientEvents, ChatServerEvents } from '@ownerdash/contracts';
import { io, Socket } from 'socket.io-client';
import { SignedIn } from './sessions';

export type ChatClient = Socket<ChatServerEvents, ChatClientEvents>;

/** A Socket.IO client as the web app connects, without reconnecting on its own. */
export function chatClient(url: string, token: string | undefined): ChatClient {
  return io(url, {
    path: CHAT_SOCKET_PATH,
    transports: ['websocket'],
    auth: token === undefined ? {} : { token },
    reconnection: false,
    forceNew: true,
  });
}

/** A connected client of the signed-in person; rejects with the server's reason when refused. */
export function connect(url: string, who: SignedIn | string | undefined): Promise<ChatClient> {
  const client = chatClient(url, typeof who === 'object' ? who.accessToken : who);
  return new Promise((resolve, reject) => {
    client.once('connect', () => resolve(client));
    client.once('connect_error', (error) => {
      client.close();
      reject(error);
    });
  });
}

/** Everything of one kind a client receives from now on (that `only` keeps), in order of arrival. */
export function recorder<E extends keyof ChatServerEvents>(
  client: ChatClient,
  event: E,
  only: (payload: Parameters<ChatServerEvents[E]>[0]) => boolean = () => true,
): { readonly received: Parameters<ChatServerEvents[E]>[0][]; until(count: number): Promise<void> } {
  const received: Parameters<ChatServerEvents[E]>[0][] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const listener = ((payload: Parameters<ChatServerEvents[E]>[0]) => {
    if (!only(payload)) {
      return;
    }
    received.push(payload);
    for (const waiter of waiters.filter((candidate) => received.length >= candidate.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  }) as ChatServerEvents[E];
  client.on(event, listener as never);
  return {
    received,
    until: (count) =>
      received.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve })),
  };
}

/** Resolves when the client has been disconnected, with Socket.IO's reason. */
export function disconnection(client: ChatClient): Promise<string> {
  return client.disconnected
    ? Promise.resolve('already')
    : new Promise((resolve) => client.once('disconnect', resolve));
}

/** The presence changes of one user that a client hears from now on, as their statuses. */
export function presenceOf(client: ChatClient, userId: string) {
  const heard = recorder(client, 'hub:presence', (event) => event.userId === userId);
  return {
    statuses: () => heard.received.map((event) => event.status),
    until: heard.until,
  };
}
