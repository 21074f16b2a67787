/**
 * A complete client of the Ownerdash chat's real-time API, for Node.js 20 or later with
 * `socket.io-client` 4: it signs in, connects, catches up after every (re)connect, keeps each
 * conversation's messages in `seq` order, and sends with retries that never post a message twice.
 * See guide.md next to this file, and asyncapi.yaml for every event.
 *
 * Run it (with `npx ts-node`, `npx tsx`, or after compiling with tsc):
 *
 *   OWNERDASH_URL=http://localhost:3000 OWNERDASH_EMAIL=you@example.com OWNERDASH_PASSWORD=… \
 *     npx ts-node example-client.ts <conversationId> "Hello from the example"
 *
 * It depends on nothing but socket.io-client: the types below mirror the API's event maps.
 */
import { randomUUID } from 'node:crypto';
import { io, Socket } from 'socket.io-client';

// ---- The API's types (asyncapi.yaml, components.schemas) ----

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
}

export interface ChatAckError {
  readonly code: string;
  readonly message: string;
}

export type ChatAck<T extends object = object> =
  | ({ readonly ok: true } & T)
  | { readonly ok: false; readonly error: ChatAckError };

export interface SyncedConversation {
  readonly id: string;
  readonly messages: readonly ChatMessage[];
  readonly hasMore: boolean;
  readonly removed: boolean;
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

export interface PresenceEvent {
  readonly userId: string;
  readonly status: 'online' | 'offline';
}

export interface Notification {
  readonly id: string;
  readonly type: 'message_received' | 'mention' | 'added_to_conversation';
  readonly conversationId: string;
  readonly messageId: string | null;
  readonly messageSeq: number | null;
  readonly actor: { readonly id: string; readonly displayName: string } | null;
  readonly createdAt: string;
  readonly readAt: string | null;
}

interface ConversationRef {
  readonly conversationId: string;
}

/** What the client emits, each with its acknowledgement. */
export interface ClientEvents {
  'hub:send_message': (
    payload: {
      readonly conversationId: string;
      readonly content: string;
      readonly clientMessageId: string;
      readonly replyToId?: string;
    },
    ack: (answer: ChatAck<{ message: ChatMessage; duplicate: boolean }>) => void,
  ) => void;
  'hub:sync': (
    payload: { readonly conversations: readonly { readonly id: string; readonly afterSeq: number }[] },
    ack: (answer: ChatAck<{ conversations: SyncedConversation[] }>) => void,
  ) => void;
  'hub:read': (
    payload: { readonly conversationId: string; readonly seq: number },
    ack: (answer: ChatAck<{ lastReadSeq: number }>) => void,
  ) => void;
  'hub:typing': (payload: ConversationRef, ack?: (answer: ChatAck) => void) => void;
  'hub:join_conversation': (payload: ConversationRef, ack?: (answer: ChatAck) => void) => void;
  'hub:leave_conversation': (payload: ConversationRef, ack?: (answer: ChatAck) => void) => void;
  'hub:presence_query': (
    payload: { readonly userIds: readonly string[] },
    ack: (answer: ChatAck<{ online: string[] }>) => void,
  ) => void;
}

/** What the server emits. */
export interface ServerEvents {
  'hub:message_created': (message: ChatMessage) => void;
  'hub:message_updated': (message: ChatMessage) => void;
  'hub:message_deleted': (message: ChatMessage) => void;
  'hub:reaction_changed': (message: ChatMessage) => void;
  'hub:read': (event: ReadEvent) => void;
  'hub:typing': (event: TypingEvent) => void;
  'hub:conversation_updated': (event: ConversationRef) => void;
  'hub:conversation_removed': (event: ConversationRef) => void;
  'session:permissions_changed': () => void;
  'hub:presence': (event: PresenceEvent) => void;
  'notification:created': (notification: Notification) => void;
}

/** The answer an event's acknowledgement receives. */
type AnswerOf<E extends keyof ClientEvents> = Parameters<NonNullable<Parameters<ClientEvents[E]>[1]>>[0];

export const CHAT_SOCKET_PATH = '/api/chat/ws';
/** The most conversations one hub:sync may name. */
const SYNC_MAX_CONVERSATIONS = 200;
/** How long to wait for an acknowledgement before treating the request as lost. */
const ACK_TIMEOUT_MS = 10_000;

/** The API refused a request for a reason a retry does not cure. */
export class ChatRequestError extends Error {
  constructor(readonly error: ChatAckError) {
    super(`${error.code}: ${error.message}`);
  }
}

/** The session is over (signed out, revoked, expired, or the account deactivated): sign in again. */
export class SessionOverError extends Error {}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// ---- Signing in: an access token, renewed with the refresh cookie ----

/**
 * A signed-in session: `POST /api/auth/login` answers an access token (valid 15 minutes) and sets
 * the `od_refresh` cookie, which `POST /api/auth/refresh` exchanges for a new token (and a new
 * cookie: each one works once).
 */
export class Session {
  private refreshing?: Promise<string>;

  private constructor(
    private readonly origin: string,
    private accessToken: string,
    private expiresAt: number,
    private refreshCookie: string,
  ) {}

  static async signIn(origin: string, email: string, password: string): Promise<Session> {
    const response = await fetch(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!response.ok) {
      throw new Error(`Sign-in failed with ${response.status}: ${await response.text()}`);
    }
    const body = (await response.json()) as { accessToken: string; expiresIn: number };
    return new Session(origin, body.accessToken, expiry(body.expiresIn), refreshCookieOf(response));
  }

  /** A token good for the next half minute at least. */
  token(): Promise<string> {
    return Date.now() < this.expiresAt - 30_000 ? Promise.resolve(this.accessToken) : this.refresh();
  }

  /** A new access token, whatever the current one's state; SessionOverError once the session ended. */
  refresh(): Promise<string> {
    this.refreshing ??= this.exchange().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  private async exchange(): Promise<string> {
    const response = await fetch(`${this.origin}/api/auth/refresh`, {
      method: 'POST',
      headers: { Cookie: this.refreshCookie },
    });
    if (response.status === 401) {
      throw new SessionOverError('The session is over: sign in again.');
    }
    if (!response.ok) {
      throw new Error(`Refresh failed with ${response.status}`);
    }
    const body = (await response.json()) as { accessToken: string; expiresIn: number };
    this.accessToken = body.accessToken;
    this.expiresAt = expiry(body.expiresIn);
    this.refreshCookie = refreshCookieOf(response);
    return this.accessToken;
  }
}

function expiry(expiresIn: number): number {
  return Date.now() + expiresIn * 1000;
}

function refreshCookieOf(response: Response): string {
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('od_refresh='));
  if (!cookie) {
    throw new Error('The answer set no refresh cookie');
  }
  return cookie;
}

// ---- The chat connection ----

/** What the application hears of the chat. Every callback is optional. */
export interface ChatListener {
  /** A message arrived, changed or was deleted, or came in by a sync. */
  message?(message: ChatMessage): void;
  /** The user may no longer read the conversation: it and its messages are gone. */
  removed?(conversationId: string): void;
  read?(event: ReadEvent): void;
  typing?(event: TypingEvent): void;
  presence?(event: PresenceEvent): void;
  /** The handshake was refused, for this reason; the client refreshes its token and tries again. */
  refused?(reason: string): void;
  /** The session ended: the client stopped; sign in again. */
  sessionOver?(): void;
}

interface Conversation {
  /** The highest seq held with every message since the sync's starting point: sync from it. */
  lastSeq: number;
  readonly messages: Map<number, ChatMessage>;
}

export class ChatClient {
  readonly socket: Socket<ServerEvents, ClientEvents>;
  private readonly conversations = new Map<string, Conversation>();
  /** Threads the application has open; joined again on every connect. */
  private readonly openThreads = new Set<string>();
  private syncing: Promise<void> | null = null;
  private syncAgain = false;
  private stopped = false;

  constructor(
    origin: string,
    private readonly session: Session,
    private readonly listener: ChatListener = {},
  ) {
    this.socket = io(origin, {
      path: CHAT_SOCKET_PATH,
      transports: ['websocket'],
      autoConnect: false,
      // Asked on every (re)connect attempt, so each one carries a current token.
      auth: (send) => {
        session.token().then(
          (token) => send({ token }),
          () => send({}),
        );
      },
    });
    this.listen();
  }

  /** Connects, and resolves once connected (then catching up runs on its own). */
  connect(): Promise<void> {
    this.socket.connect();
    return this.connected();
  }

  close(): void {
    this.stopped = true;
    this.socket.close();
  }

  /** Starts following a conversation from a seq it holds (0: from its first message). */
  track(conversationId: string, afterSeq = 0): Promise<void> {
    if (!this.conversations.has(conversationId)) {
      this.conversations.set(conversationId, { lastSeq: afterSeq, messages: new Map() });
    }
    return this.catchUp();
  }

  /** The messages held of a conversation, in seq order. */
  history(conversationId: string): ChatMessage[] {
    const messages = [...(this.conversations.get(conversationId)?.messages.values() ?? [])];
    return messages.sort((a, b) => a.seq - b.seq);
  }

  /**
   * Sends a message, retrying lost acknowledgements, reconnects and rate limits with the same
   * clientMessageId, so the message is stored once however often it is sent.
   */
  async send(
    conversationId: string,
    content: string,
    options: { clientMessageId?: string; replyToId?: string; attempts?: number } = {},
  ): Promise<{ message: ChatMessage; duplicate: boolean }> {
    const clientMessageId = options.clientMessageId ?? randomUUID();
    const payload = {
      conversationId,
      content,
      clientMessageId,
      ...(options.replyToId && { replyToId: options.replyToId }),
    };
    const attempts = options.attempts ?? 5;
    for (let attempt = 1; ; attempt += 1) {
      let retryable: string;
      try {
        await this.connected();
        const answer = await this.ask('hub:send_message', payload);
        if (answer.ok) {
          this.store(answer.message);
          return { message: answer.message, duplicate: answer.duplicate };
        }
        if (answer.error.code === 'REAUTHENTICATE') {
          await this.reconnectWithFreshToken();
        } else if (answer.error.code !== 'CHAT_RATE_LIMITED' && answer.error.code !== 'INTERNAL_ERROR') {
          throw new ChatRequestError(answer.error);
        }
        retryable = answer.error.code;
      } catch (error) {
        if (error instanceof ChatRequestError || error instanceof SessionOverError) {
          throw error;
        }
        retryable = error instanceof Error ? error.message : String(error); // No answer in time.
      }
      if (attempt >= attempts) {
        throw new Error(`Not sent after ${attempts} attempts (${retryable})`);
      }
      await sleep(Math.min(1000 * 2 ** (attempt - 1), 10_000));
    }
  }

  /** Moves the user's read position; answers where it stands now. */
  async markRead(conversationId: string, seq: number): Promise<number> {
    const answer = await this.ask('hub:read', { conversationId, seq });
    if (!answer.ok) {
      throw new ChatRequestError(answer.error);
    }
    return answer.lastReadSeq;
  }

  /** Tell those who have the thread open that the user is typing (at most every few seconds). */
  typing(conversationId: string): void {
    this.socket.emit('hub:typing', { conversationId });
  }

  /** The application shows the conversation: hear who is typing in it. */
  async openThread(conversationId: string): Promise<void> {
    this.openThreads.add(conversationId);
    await this.request('hub:join_conversation', { conversationId });
  }

  async closeThread(conversationId: string): Promise<void> {
    this.openThreads.delete(conversationId);
    await this.request('hub:leave_conversation', { conversationId });
  }

  /** Which of these people (at most 100) are online now; follow `presence` from then on. */
  async online(userIds: readonly string[]): Promise<string[]> {
    const answer = await this.ask('hub:presence_query', { userIds });
    if (!answer.ok) {
      throw new ChatRequestError(answer.error);
    }
    return answer.online;
  }

  private async request(event: 'hub:join_conversation' | 'hub:leave_conversation', payload: ConversationRef) {
    const answer = await this.ask(event, payload);
    if (!answer.ok) {
      throw new ChatRequestError(answer.error);
    }
  }

  /**
   * Emits an event and resolves with its answer, rejecting when none comes in time. (Under
   * timeout(), socket.io-client's types lose the answer's type: it is restored here.)
   */
  private ask<E extends keyof ClientEvents>(event: E, payload: Parameters<ClientEvents[E]>[0]): Promise<AnswerOf<E>> {
    const timed = this.socket.timeout(ACK_TIMEOUT_MS) as unknown as {
      emitWithAck(event: E, payload: Parameters<ClientEvents[E]>[0]): Promise<AnswerOf<E>>;
    };
    return timed.emitWithAck(event, payload);
  }

  private listen(): void {
    const socket = this.socket;
    socket.on('connect', () => {
      for (const conversationId of this.openThreads) {
        socket.emit('hub:join_conversation', { conversationId }, () => undefined);
      }
      // Nothing sent while the socket was away is replayed: ask for it.
      void this.catchUp();
    });
    socket.on('connect_error', (error) => {
      if (socket.active) {
        return; // A network error: Socket.IO retries on its own.
      }
      // The server refused the handshake; the message says why (invalid-token, session-ended, …).
      this.listener.refused?.(error.message);
      void this.reconnectWithFreshToken();
    });
    socket.on('disconnect', (reason) => {
      if (reason === 'io server disconnect') {
        // Signed out, revoked or deactivated: reconnecting works only if the session still lives.
        void this.reconnectWithFreshToken();
      }
    });
    socket.on('session:permissions_changed', () => void this.reconnectWithFreshToken());

    const store = (message: ChatMessage) => this.store(message);
    socket.on('hub:message_created', store);
    socket.on('hub:message_updated', store);
    socket.on('hub:message_deleted', store);
    socket.on('hub:reaction_changed', store);
    socket.on('hub:conversation_removed', ({ conversationId }) => this.drop(conversationId));
    socket.on('hub:conversation_updated', ({ conversationId }) => void this.track(conversationId));
    socket.on('hub:read', (event) => this.listener.read?.(event));
    socket.on('hub:typing', (event) => this.listener.typing?.(event));
    socket.on('hub:presence', (event) => this.listener.presence?.(event));
  }

  /** Gets a new access token and connects with it; stops for good when the session is over. */
  private async reconnectWithFreshToken(): Promise<void> {
    if (this.stopped) {
      return;
    }
    try {
      await this.session.refresh();
    } catch (error) {
      if (error instanceof SessionOverError) {
        this.close();
        this.listener.sessionOver?.();
        return;
      }
      await sleep(5000); // The API is unreachable for now: try again in a while.
    }
    await sleep(500); // Never a tight loop, should the new token be refused too.
    if (!this.stopped) {
      this.socket.disconnect().connect();
    }
  }

  private connected(): Promise<void> {
    if (this.socket.connected) {
      return Promise.resolve();
    }
    if (this.stopped) {
      return Promise.reject(new SessionOverError('The client is stopped.'));
    }
    return new Promise((resolve) => this.socket.once('connect', () => resolve()));
  }

  /** Syncs every tracked conversation from its lastSeq, page by page, until nothing is missing. */
  private catchUp(): Promise<void> {
    if (this.syncing) {
      this.syncAgain = true;
      return this.syncing;
    }
    this.syncing = (async () => {
      try {
        do {
          this.syncAgain = false;
          await this.syncAll();
        } while (this.syncAgain);
      } finally {
        this.syncing = null;
      }
    })();
    return this.syncing;
  }

  private async syncAll(): Promise<void> {
    if (!this.socket.connected) {
      return; // The connect handler syncs once the socket is back.
    }
    let pending = [...this.conversations].map(([id, conversation]) => ({ id, afterSeq: conversation.lastSeq }));
    while (pending.length > 0) {
      const batch = pending.slice(0, SYNC_MAX_CONVERSATIONS);
      pending = pending.slice(SYNC_MAX_CONVERSATIONS);
      const answer = await this.ask('hub:sync', { conversations: batch });
      if (!answer.ok) {
        throw new ChatRequestError(answer.error);
      }
      for (const synced of answer.conversations) {
        if (synced.removed) {
          this.drop(synced.id);
          continue;
        }
        synced.messages.forEach((message) => this.store(message));
        const conversation = this.conversations.get(synced.id);
        if (synced.hasMore && conversation) {
          pending.push({ id: synced.id, afterSeq: conversation.lastSeq });
        }
      }
    }
  }

  /** Keeps the message by its seq and advances lastSeq over every message now held in a row. */
  private store(message: ChatMessage): void {
    const conversation = this.conversations.get(message.conversationId);
    if (!conversation) {
      return; // Not tracked (yet): hub:conversation_updated or a sync brings it.
    }
    conversation.messages.set(message.seq, message);
    while (conversation.messages.has(conversation.lastSeq + 1)) {
      conversation.lastSeq += 1;
    }
    this.listener.message?.(message);
    if (message.seq > conversation.lastSeq + 1) {
      void this.catchUp(); // A gap: a message before this one was missed.
    }
  }

  private drop(conversationId: string): void {
    if (this.conversations.delete(conversationId)) {
      this.openThreads.delete(conversationId);
      this.listener.removed?.(conversationId);
    }
  }
}

// ---- Run as a script: connect, catch up, send with retry ----

async function main(): Promise<void> {
  const [conversationId, content = 'Hello from the example client'] = process.argv.slice(2);
  const { OWNERDASH_URL: origin = 'http://localhost:3000', OWNERDASH_EMAIL, OWNERDASH_PASSWORD } = process.env;
  if (!conversationId || !OWNERDASH_EMAIL || !OWNERDASH_PASSWORD) {
    throw new Error('Usage: OWNERDASH_EMAIL=… OWNERDASH_PASSWORD=… example-client <conversationId> [text]');
  }
  const session = await Session.signIn(origin, OWNERDASH_EMAIL, OWNERDASH_PASSWORD);
  const client = new ChatClient(origin, session, {
    message: (message) =>
      process.stdout.write(`#${message.seq} ${message.sender?.displayName ?? '—'}: ${message.content}\n`),
    removed: (id) => process.stdout.write(`conversation ${id} is gone\n`),
    sessionOver: () => process.stdout.write('the session is over\n'),
  });
  await client.connect();
  await client.track(conversationId);
  const { message, duplicate } = await client.send(conversationId, content);
  process.stdout.write(`sent as #${message.seq}${duplicate ? ' (already sent before)' : ''}\n`);
  await client.markRead(conversationId, message.seq);
  client.close();
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
