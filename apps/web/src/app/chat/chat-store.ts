import { DestroyRef, effect, inject, Injectable, signal, untracked } from '@angular/core';
import { ChatApi } from '@ownerdash/api-client';
import {
  CHAT_PRESENCE_QUERY_MAX_USERS,
  CHAT_SOCKET_ERROR_CODES,
  type ChatAck,
  type ChatMessage,
  ERROR_CODES,
  type ReferenceInput,
  type SyncedConversation,
} from '@ownerdash/contracts';
import { firstValueFrom, Subject } from 'rxjs';
import { describeFailure } from '../api-error';
import { SessionStore } from '../auth/session.store';
import { NOW } from '../shared/clock';
import { ChatConnection } from './chat-connection';
import { ChatInbox } from './chat-inbox';
import { ChatOutbox, type PendingMessage } from './chat-outbox';
import { ChatThread } from './chat-thread';

/** Messages per page of history. */
export const HISTORY_PAGE_SIZE = 50;
/** How long an acknowledgement may take before the request counts as lost and is sent again. */
export const ACK_TIMEOUT_MS = 10_000;
/** How long to wait before sending again after the server said "too fast". */
export const RATE_LIMIT_PAUSE_MS = 1_000;
/** The least time between two typing events of one conversation. */
export const TYPING_EVERY_MS = 3_000;

/** A message from someone else that arrived live, for the toast and the screen reader. */
export interface ArrivedMessage {
  readonly message: ChatMessage;
  readonly conversationTitle: string;
}

/**
 * The chat as the signed-in user sees it: the conversation list and badge (ChatInbox), the
 * threads opened so far (ChatThread), and the messages on their way out (ChatOutbox). On every
 * (re)connection it catches each loaded thread up from its newest seq, reloads the list and the
 * counts, then sends what is pending; in between, socket events keep everything current.
 */
@Injectable({ providedIn: 'root' })
export class ChatStore {
  private readonly api = inject(ChatApi);
  private readonly session = inject(SessionStore);
  private readonly connection = inject(ChatConnection);
  private readonly now = inject(NOW);
  readonly inbox = inject(ChatInbox);
  readonly outbox = inject(ChatOutbox);

  private readonly threads = new Map<string, ChatThread>();
  /** Conversations shown on screen now, with how many views show each. */
  private readonly viewing = new Map<string, number>();
  private readonly readSent = new Map<string, number>();
  private readonly syncing = new Set<string>();
  private readonly olderPages = new Map<string, Promise<void>>();
  private readonly lastTyping = new Map<string, number>();
  private readonly arrivals = new Subject<ArrivedMessage>();
  private readonly onlineUsers = signal<ReadonlySet<string>>(new Set());
  private flushing = false;
  private typingTimer: ReturnType<typeof setInterval> | undefined;

  readonly status = this.connection.status;
  readonly online = this.onlineUsers.asReadonly();
  /** Messages from others as they arrive live (not those caught up after a reconnection). */
  readonly arrived$ = this.arrivals.asObservable();

  constructor() {
    const socket = this.connection;
    socket.on('hub:message_created', (message) => this.messageCreated(message, 'live'));
    socket.on('hub:message_updated', (message) => this.messageChanged(message));
    socket.on('hub:message_deleted', (message) => this.messageChanged(message));
    socket.on('hub:reaction_changed', (message) => this.messageChanged(message));
    socket.on('hub:read', ({ conversationId, userId, seq }) => {
      this.threads.get(conversationId)?.memberRead(userId, seq);
      if (userId === this.myId()) {
        void this.inbox.readUpTo(conversationId, seq);
      }
    });
    socket.on('hub:typing', ({ conversationId, userId, displayName }) => {
      if (userId !== this.myId()) {
        this.threads.get(conversationId)?.startedTyping(userId, displayName, this.now());
        this.watchTyping();
      }
    });
    socket.on('hub:presence', ({ userId, status }) => this.setOnline([userId], status === 'online'));
    socket.on('hub:conversation_updated', ({ conversationId }) => void this.conversationUpdated(conversationId));
    socket.on('hub:conversation_removed', ({ conversationId }) => this.conversationRemoved(conversationId));

    const reconnections = this.connection.connected$.subscribe(() => void this.caughtUp());
    effect(() => {
      if (!this.session.signedIn()) {
        untracked(() => this.reset());
      }
    });
    inject(DestroyRef).onDestroy(() => {
      reconnections.unsubscribe();
      clearInterval(this.typingTimer);
    });
  }

  thread(conversationId: string): ChatThread {
    let thread = this.threads.get(conversationId);
    if (!thread) {
      thread = new ChatThread(conversationId);
      this.threads.set(conversationId, thread);
    }
    return thread;
  }

  /** A view shows the conversation: load it if needed, and follow its typing and reads. */
  open(conversationId: string): ChatThread {
    const thread = this.thread(conversationId);
    this.viewing.set(conversationId, (this.viewing.get(conversationId) ?? 0) + 1);
    if (!thread.loaded || thread.state() === 'failed') {
      void this.load(thread);
    } else {
      void this.loadDetails(thread);
    }
    this.emitQuietly('hub:join_conversation', { conversationId });
    return thread;
  }

  close(conversationId: string): void {
    const views = (this.viewing.get(conversationId) ?? 0) - 1;
    if (views > 0) {
      this.viewing.set(conversationId, views);
      return;
    }
    this.viewing.delete(conversationId);
    this.emitQuietly('hub:leave_conversation', { conversationId });
  }

  isViewing(conversationId: string): boolean {
    return this.viewing.has(conversationId);
  }

  async retryLoad(conversationId: string): Promise<void> {
    await this.load(this.thread(conversationId));
  }

  /** Loads the page before the oldest message held; a call while one is under way shares it. */
  loadOlder(thread: ChatThread): Promise<void> {
    const underWay = this.olderPages.get(thread.id);
    if (underWay || !thread.hasOlder()) {
      return underWay ?? Promise.resolve();
    }
    const loading = this.loadOlderPage(thread).finally(() => this.olderPages.delete(thread.id));
    this.olderPages.set(thread.id, loading);
    return loading;
  }

  private async loadOlderPage(thread: ChatThread): Promise<void> {
    thread.loadingOlder.set(true);
    thread.error.set(null);
    try {
      const page = await firstValueFrom(
        this.api.listMessages({ id: thread.id, before: thread.oldestSeq, limit: HISTORY_PAGE_SIZE }),
      );
      thread.prependHistory(page.items, page.hasMore);
    } catch (error) {
      thread.error.set(describeFailure(error));
    } finally {
      thread.loadingOlder.set(false);
    }
  }

  /** Loads older history until the thread holds the message `seq` (or has no older messages). */
  async loadBackTo(thread: ChatThread, seq: number): Promise<void> {
    while (thread.oldestSeq > seq && thread.hasOlder() && !thread.error()) {
      await this.loadOlder(thread);
    }
  }

  /** Writes a message: it shows as "sending" at once and goes out as soon as the connection allows. */
  send(
    conversationId: string,
    content: string,
    replyToId: string | null,
    reference: ReferenceInput | null = null,
  ): void {
    this.outbox.add(conversationId, content, replyToId, this.now(), reference);
    void this.flush();
  }

  retrySend(pending: PendingMessage): void {
    this.outbox.retry(pending.clientMessageId);
    void this.flush();
  }

  async edit(messageId: string, content: string): Promise<void> {
    this.messageChanged(await firstValueFrom(this.api.editMessage({ id: messageId, body: { content } })));
  }

  async remove(messageId: string): Promise<void> {
    this.messageChanged(await firstValueFrom(this.api.deleteMessage({ id: messageId })));
  }

  async toggleReaction(message: ChatMessage, emoji: string): Promise<void> {
    const mine = message.reactions.some(
      (reaction) => reaction.emoji === emoji && reaction.userIds.includes(this.myId()),
    );
    const params = { id: message.id, emoji };
    const changed = await firstValueFrom(mine ? this.api.removeReaction(params) : this.api.addReaction(params));
    this.messageChanged(changed);
  }

  /** The user sees the thread up to its newest message: the server records it, every device follows. */
  markRead(thread: ChatThread): void {
    const seq = thread.newestSeq();
    if (seq === 0 || (this.readSent.get(thread.id) ?? 0) >= seq || this.status() !== 'online') {
      return;
    }
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') {
      return;
    }
    this.readSent.set(thread.id, seq);
    this.connection.events
      .timeout(ACK_TIMEOUT_MS)
      .emit('hub:read', { conversationId: thread.id, seq }, (error, answer) => {
        if (error || !answer.ok) {
          this.readSent.delete(thread.id);
          return;
        }
        void this.inbox.readUpTo(thread.id, answer.lastReadSeq);
      });
  }

  /** The user is typing in the conversation: tell the others, at most every few seconds. */
  typing(conversationId: string): void {
    const now = this.now();
    if (now - (this.lastTyping.get(conversationId) ?? -Infinity) < TYPING_EVERY_MS || this.status() !== 'online') {
      return;
    }
    this.lastTyping.set(conversationId, now);
    this.connection.events.emit('hub:typing', { conversationId });
  }

  myId(): string {
    return this.session.user()?.id ?? '';
  }

  private async load(thread: ChatThread): Promise<void> {
    thread.state.set('loading');
    thread.error.set(null);
    try {
      const [details, page] = await Promise.all([
        firstValueFrom(this.api.getConversation({ id: thread.id })),
        firstValueFrom(this.api.listMessages({ id: thread.id, limit: HISTORY_PAGE_SIZE })),
      ]);
      thread.details.set(details);
      this.setOnline(
        details.members.filter((member) => member.online).map((member) => member.userId),
        true,
      );
      thread.start(page.items, page.hasMore);
      thread.state.set('loaded');
      // Messages sent between the page's answer and now came as events the thread could not take yet.
      await this.sync([thread]);
    } catch (error) {
      thread.error.set(describeFailure(error));
      thread.state.set('failed');
    }
  }

  private async loadDetails(thread: ChatThread): Promise<void> {
    try {
      thread.details.set(await firstValueFrom(this.api.getConversation({ id: thread.id })));
    } catch {
      // The thread keeps the details it had; a conversation taken away arrives as its own event.
    }
  }

  /**
   * A message that exists on the server: from a live event, from a sync page (whose list and
   * counts the reload after a reconnection brings), or the acknowledgement of one sent here.
   */
  private messageCreated(message: ChatMessage, via: 'live' | 'sync' | 'sent'): void {
    const thread = this.threads.get(message.conversationId);
    if (thread?.applyLive(message) === 'gap') {
      void this.sync([thread]);
    }
    if (via === 'sync') {
      return;
    }
    const fromMe = message.sender?.id === this.myId();
    const listed = this.inbox.messageArrived(message, fromMe, this.isViewing(message.conversationId));
    if (listed === 'unlisted') {
      void this.inbox.reload();
    }
    if (via === 'live' && !fromMe && listed !== 'duplicate') {
      const conversationTitle = this.inbox.find(message.conversationId)?.title ?? message.sender?.displayName ?? '';
      this.arrivals.next({ message, conversationTitle });
    }
  }

  private messageChanged(message: ChatMessage): void {
    this.threads.get(message.conversationId)?.applyLive(message);
    this.inbox.messageChanged(message);
  }

  private async conversationUpdated(conversationId: string): Promise<void> {
    await this.inbox.reload();
    const thread = this.threads.get(conversationId);
    if (thread?.loaded) {
      await this.loadDetails(thread);
    }
  }

  private conversationRemoved(conversationId: string): void {
    this.inbox.remove(conversationId);
    this.outbox.clear(conversationId);
    const thread = this.threads.get(conversationId);
    if (thread) {
      thread.state.set('failed');
      thread.error.set('This conversation is no longer available to you.');
      this.threads.delete(conversationId);
    }
  }

  /** After a (re)connection: catch up every loaded thread, reload the list, then send what waits. */
  private async caughtUp(): Promise<void> {
    for (const conversationId of this.viewing.keys()) {
      this.emitQuietly('hub:join_conversation', { conversationId });
    }
    this.readSent.clear();
    await Promise.all([
      this.sync([...this.threads.values()].filter((thread) => thread.loaded)),
      this.inbox.reload().then(() => this.refreshPresence()),
    ]);
    await this.flush();
  }

  /** Asks for every message after each thread's newest, page after page, until none is missing. */
  private async sync(threads: readonly ChatThread[]): Promise<void> {
    let pending = threads.filter((thread) => !this.syncing.has(thread.id));
    pending.forEach((thread) => this.syncing.add(thread.id));
    try {
      while (pending.length > 0 && this.status() === 'online') {
        const conversations = pending.map((thread) => ({ id: thread.id, afterSeq: thread.syncFrom }));
        const answer: ChatAck<{ conversations: SyncedConversation[] }> = await this.connection.events
          .timeout(ACK_TIMEOUT_MS)
          .emitWithAck('hub:sync', { conversations });
        if (!answer.ok) {
          return;
        }
        const more: ChatThread[] = [];
        for (const synced of answer.conversations) {
          const thread = this.threads.get(synced.id);
          if (!thread) {
            continue;
          }
          if (synced.removed) {
            this.conversationRemoved(synced.id);
            continue;
          }
          synced.messages.forEach((message) => this.messageCreated(message, 'sync'));
          if (synced.hasMore) {
            more.push(thread);
          }
        }
        pending = more;
      }
    } catch {
      // Timed out or disconnected: the next connection syncs again from where the threads are.
    } finally {
      threads.forEach((thread) => this.syncing.delete(thread.id));
    }
  }

  /** Sends the pending messages one at a time, in the order written, while the connection is up. */
  private async flush(): Promise<void> {
    if (this.flushing) {
      return;
    }
    this.flushing = true;
    try {
      for (let next = this.outbox.sending()[0]; next && this.status() === 'online'; next = this.outbox.sending()[0]) {
        const answer = await this.sendOnce(next);
        if (answer === 'retry') {
          continue;
        }
        if (answer.ok) {
          this.outbox.delivered(next.clientMessageId);
          this.messageCreated(answer.message, 'sent');
        } else if (answer.error.code === CHAT_SOCKET_ERROR_CODES.reauthenticate) {
          return;
        } else if (answer.error.code === ERROR_CODES.chatRateLimited) {
          await pause(RATE_LIMIT_PAUSE_MS);
        } else {
          this.outbox.failed(next.clientMessageId, answer.error.message);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  private async sendOnce(pending: PendingMessage): Promise<ChatAck<{ message: ChatMessage }> | 'retry'> {
    try {
      return await this.connection.events.timeout(ACK_TIMEOUT_MS).emitWithAck('hub:send_message', {
        conversationId: pending.conversationId,
        content: pending.content,
        clientMessageId: pending.clientMessageId,
        ...(pending.replyToId ? { replyToId: pending.replyToId } : {}),
        ...(pending.reference ? { reference: pending.reference } : {}),
      });
    } catch {
      // No answer in time: sent again with the same id, so the server keeps one message.
      return 'retry';
    }
  }

  private emitQuietly(event: 'hub:join_conversation' | 'hub:leave_conversation', payload: { conversationId: string }) {
    if (this.status() === 'online') {
      this.connection.events.emit(event, payload);
    }
  }

  /**
   * Who of the people on screen (the other person of each listed direct conversation, the members
   * of the loaded threads) is online: changes while away came to no socket of ours.
   */
  private async refreshPresence(): Promise<void> {
    const peers = this.inbox
      .conversations()
      .flatMap((conversation) => (conversation.peerId ? [conversation.peerId] : []));
    const members = [...this.threads.values()].flatMap((thread) => thread.details()?.members ?? []);
    const userIds = [...new Set([...peers, ...members.map((member) => member.userId)])].slice(
      0,
      CHAT_PRESENCE_QUERY_MAX_USERS,
    );
    if (userIds.length === 0) {
      return;
    }
    try {
      const answer = await this.connection.events
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck('hub:presence_query', { userIds });
      if (answer.ok) {
        this.setOnline(userIds, false);
        this.setOnline(answer.online, true);
      }
    } catch {
      // The dots keep their last state; events correct them as people come and go.
    }
  }

  private setOnline(userIds: readonly string[], online: boolean): void {
    this.onlineUsers.update((current) => {
      const next = new Set(current);
      userIds.forEach((userId) => (online ? next.add(userId) : next.delete(userId)));
      return next;
    });
  }

  /** Typing indicators fade on their own once their person stops typing. */
  private watchTyping(): void {
    if (this.typingTimer !== undefined) {
      return;
    }
    this.typingTimer = setInterval(() => {
      const now = this.now();
      const anyone = [...this.threads.values()].map((thread) => thread.expireTyping(now)).some(Boolean);
      if (!anyone) {
        clearInterval(this.typingTimer);
        this.typingTimer = undefined;
      }
    }, 1_000);
  }

  private reset(): void {
    this.threads.clear();
    this.viewing.clear();
    this.readSent.clear();
    this.lastTyping.clear();
    this.inbox.clear();
    this.outbox.clear();
    this.onlineUsers.set(new Set());
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
