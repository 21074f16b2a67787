import { DestroyRef, effect, inject, Injectable, InjectionToken, signal, untracked } from '@angular/core';
import { CHAT_SOCKET_PATH, type ChatClientEvents, type ChatServerEvents } from '@ownerdash/contracts';
import { firstValueFrom, Subject } from 'rxjs';
import type { Socket } from 'socket.io-client';
import { SessionStore } from '../auth/session.store';

export type ChatSocket = Socket<ChatServerEvents, ChatClientEvents>;

/**
 * Opens the chat's socket; tests provide one of their own. Socket.IO's client is loaded with the
 * first socket, so the pages' first scripts do not wait for it.
 */
export const CHAT_SOCKET_FACTORY = new InjectionToken<(token: () => string | null) => Promise<ChatSocket>>(
  'CHAT_SOCKET_FACTORY',
  {
    providedIn: 'root',
    factory: () => async (token) => {
      const { io } = await import('socket.io-client');
      return io({
        path: CHAT_SOCKET_PATH,
        // Websocket only: the API's instances behind a load balancer need no sticky sessions.
        transports: ['websocket'],
        autoConnect: false,
        // Read on every (re)connection attempt, so each one carries the latest token.
        auth: (send) => send({ token: token() }),
      });
    },
  },
);

/**
 * When the socket first opens after sign-in: once the browser is idle, after the page it opened
 * with has started; tests open it at once.
 */
export const CHAT_CONNECT_WHEN = new InjectionToken<(open: () => void) => void>('CHAT_CONNECT_WHEN', {
  providedIn: 'root',
  factory: () => (open) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(open, { timeout: 3_000 }) : setTimeout(open, 0),
});

/** Refusals after which a new access token may get the socket in. */
const RENEWABLE_REFUSALS = new Set(['invalid-token', 'permissions-changed']);
/** The longest wait between two attempts to get back in after the server refused or closed the socket. */
const MAX_RETRY_DELAY_MS = 30_000;

export type ChatConnectionStatus = 'offline' | 'connecting' | 'online';

/**
 * The signed-in user's chat socket: open while they are signed in, closed when they sign out.
 * Socket.IO reconnects by itself after a network failure; when the server refuses or closes the
 * socket because its token expired or the user's rights changed, this renews the token and gets
 * back in, waiting longer after each failed attempt.
 */
type ServerEvent = keyof ChatServerEvents;

@Injectable({ providedIn: 'root' })
export class ChatConnection {
  private readonly session = inject(SessionStore);
  private readonly createSocket = inject(CHAT_SOCKET_FACTORY);
  private readonly connectWhen = inject(CHAT_CONNECT_WHEN);
  private readonly state = signal<ChatConnectionStatus>('offline');
  private readonly connects = new Subject<void>();
  /** Listeners of server events, attached to the socket once it exists. */
  private readonly listeners: [ServerEvent, ChatServerEvents[ServerEvent]][] = [];
  private socket: ChatSocket | null = null;
  private creating: Promise<ChatSocket> | null = null;
  private wanted = false;
  private retries = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  readonly status = this.state.asReadonly();
  /** Emits on each (re)connection: what happened meanwhile must be caught up then. */
  readonly connected$ = this.connects.asObservable();

  constructor() {
    effect(() => {
      const signedIn = this.session.signedIn();
      untracked(() => {
        this.wanted = signedIn;
        if (!signedIn) {
          this.close();
        } else if (this.socket) {
          this.open();
        } else {
          this.state.set('connecting');
          this.connectWhen(() => void this.socketReady().then(() => this.wanted && this.open()));
        }
      });
    });
    inject(DestroyRef).onDestroy(() => this.close());
  }

  /** Listens to a server event, on the socket of now and of later. */
  on<E extends ServerEvent>(event: E, listener: ChatServerEvents[E]): void {
    this.listeners.push([event, listener]);
    if (this.socket) {
      attach(this.socket, event, listener);
    }
  }

  /** The socket to emit on; only while `status()` is online is it sure to exist and be connected. */
  get events(): ChatSocket {
    if (!this.socket) {
      throw new Error('The chat socket is not open yet.');
    }
    return this.socket;
  }

  private socketReady(): Promise<ChatSocket> {
    this.creating ??= this.createSocket(() => this.session.accessToken()).then((socket) => {
      this.watch(socket);
      for (const [event, listener] of this.listeners) {
        attach(socket, event, listener);
      }
      this.socket = socket;
      return socket;
    });
    return this.creating;
  }

  private watch(socket: ChatSocket): void {
    socket.on('connect', () => {
      this.retries = 0;
      this.state.set('online');
      this.connects.next();
    });
    socket.on('disconnect', (reason) => {
      this.state.set(socket.active ? 'connecting' : 'offline');
      // The server closed it (session ended, rights changed): Socket.IO leaves that to us.
      if (reason === 'io server disconnect') {
        this.renewAndRetry();
      }
    });
    socket.on('connect_error', (error) => {
      if (socket.active) {
        this.state.set('connecting');
        return;
      }
      this.state.set('offline');
      if (RENEWABLE_REFUSALS.has(error.message)) {
        this.renewAndRetry();
      }
    });
    socket.on('session:permissions_changed', () => {
      socket.disconnect();
      this.renewAndRetry();
    });
  }

  private open(): void {
    const socket = this.socket;
    if (socket && this.wanted && !socket.connected && !socket.active) {
      this.state.set('connecting');
      socket.connect();
    }
  }

  private close(): void {
    clearTimeout(this.retryTimer);
    this.retries = 0;
    this.socket?.disconnect();
    this.state.set('offline');
  }

  private renewAndRetry(): void {
    if (!this.session.signedIn()) {
      return;
    }
    clearTimeout(this.retryTimer);
    // The first attempt goes at once: a renewed token usually lets the socket straight back in.
    const delay = Math.min(MAX_RETRY_DELAY_MS, 1000 * (2 ** this.retries - 1));
    this.retries += 1;
    this.state.set('connecting');
    this.retryTimer = setTimeout(() => {
      firstValueFrom(this.session.refreshAccessToken()).then(
        () => this.open(),
        // No new token: the session is over, which the HTTP side notices and ends.
        () => this.state.set('offline'),
      );
    }, delay);
  }
}

/** Socket.IO's typed `on` cannot take a listener of an event chosen at run time; this one can. */
function attach(socket: ChatSocket, event: ServerEvent, listener: ChatServerEvents[ServerEvent]): void {
  (socket as unknown as Socket).on(event, listener as (...args: unknown[]) => void);
}
