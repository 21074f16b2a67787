import { computed, inject, Injectable, signal } from '@angular/core';
import { ChatApi, type ConversationDto } from '@ownerdash/api-client';
import type { ChatMessage } from '@ownerdash/contracts';
import { firstValueFrom } from 'rxjs';
import { describeFailure } from '../api-error';

/** A conversation of the list, whose last message live events replace. */
export type ConversationSummary = Omit<ConversationDto, 'lastMessage'> & { readonly lastMessage: ChatMessage | null };

/** Conversations per page of the list. */
export const CONVERSATIONS_PAGE_SIZE = 30;

/**
 * The user's conversations, newest activity first, with their unread counts and the total the
 * top bar's badge shows. Loaded from the REST API on each (re)connection and kept current by the
 * socket's events in between; counts come from the server, which alone knows all conversations.
 */
@Injectable({ providedIn: 'root' })
export class ChatInbox {
  private readonly api = inject(ChatApi);

  private readonly items = signal<readonly ConversationSummary[]>([]);
  private readonly unread = signal<Readonly<Record<string, number>>>({});
  private readonly loadedPages = signal(0);
  private readonly totalCount = signal(0);
  private readonly loadState = signal<'idle' | 'loading' | 'loaded' | 'failed'>('idle');
  private readonly failure = signal<string | null>(null);
  /** The newest seq seen per conversation, so an event seen twice counts once. */
  private readonly newestSeq = new Map<string, number>();
  private reloading: Promise<void> | null = null;
  private reloadAgain = false;

  readonly conversations = this.items.asReadonly();
  readonly state = this.loadState.asReadonly();
  readonly error = this.failure.asReadonly();
  readonly hasMore = computed(() => this.items().length < this.totalCount());
  readonly unreadTotal = computed(() => Object.values(this.unread()).reduce((sum, count) => sum + count, 0));

  unreadFor(conversationId: string): number {
    return this.unread()[conversationId] ?? 0;
  }

  find(conversationId: string): ConversationSummary | undefined {
    return this.items().find((conversation) => conversation.id === conversationId);
  }

  /**
   * Loads the first page again and the unread counts: after a (re)connection, or a change of the
   * list. Calls during a reload make one more reload after it, not one each.
   */
  reload(): Promise<void> {
    if (this.reloading) {
      this.reloadAgain = true;
      return this.reloading;
    }
    this.reloading = this.reloadOnce().finally(() => {
      this.reloading = null;
      if (this.reloadAgain) {
        this.reloadAgain = false;
        void this.reload();
      }
    });
    return this.reloading;
  }

  private async reloadOnce(): Promise<void> {
    this.loadState.set('loading');
    try {
      const [list, counts] = await Promise.all([
        firstValueFrom(this.api.listConversations({ page: 1, pageSize: CONVERSATIONS_PAGE_SIZE })),
        firstValueFrom(this.api.getUnreadCount()),
      ]);
      this.items.set(list.items);
      this.totalCount.set(list.total);
      this.loadedPages.set(1);
      this.unread.set(counts.conversations);
      list.items.forEach((conversation) => this.seen(conversation.id, conversation.lastSeq));
      this.loadState.set('loaded');
      this.failure.set(null);
    } catch (error) {
      this.failure.set(describeFailure(error));
      this.loadState.set('failed');
    }
  }

  async loadMore(): Promise<void> {
    if (this.loadState() === 'loading' || !this.hasMore()) {
      return;
    }
    this.loadState.set('loading');
    try {
      const page = this.loadedPages() + 1;
      const list = await firstValueFrom(this.api.listConversations({ page, pageSize: CONVERSATIONS_PAGE_SIZE }));
      const known = new Set(this.items().map((conversation) => conversation.id));
      this.items.update((items) => [...items, ...list.items.filter((conversation) => !known.has(conversation.id))]);
      this.totalCount.set(list.total);
      this.loadedPages.set(page);
      this.loadState.set('loaded');
    } catch (error) {
      this.failure.set(describeFailure(error));
      this.loadState.set('failed');
    }
  }

  /**
   * A new message: its conversation moves to the top with it, and counts as unread unless the
   * user sent it or reads the conversation right now. `unlisted` means its conversation is not in
   * the list yet (new, or further down than the pages loaded), which a reload brings.
   */
  messageArrived(message: ChatMessage, fromMe: boolean, beingRead: boolean): 'duplicate' | 'listed' | 'unlisted' {
    if ((this.newestSeq.get(message.conversationId) ?? 0) >= message.seq) {
      return 'duplicate';
    }
    this.seen(message.conversationId, message.seq);
    const conversation = this.find(message.conversationId);
    if (!fromMe && !beingRead) {
      this.unread.update((unread) => ({
        ...unread,
        [message.conversationId]: (unread[message.conversationId] ?? 0) + 1,
      }));
    }
    if (!conversation) {
      return 'unlisted';
    }
    const moved: ConversationSummary = {
      ...conversation,
      lastMessage: message,
      lastSeq: message.seq,
      lastActivityAt: message.createdAt,
      lastReadSeq: fromMe ? message.seq : conversation.lastReadSeq,
    };
    this.items.update((items) => [moved, ...items.filter((item) => item.id !== message.conversationId)]);
    return 'listed';
  }

  /** An edited, deleted or reacted-to message: the list's preview follows when it is the last one. */
  messageChanged(message: ChatMessage): void {
    this.items.update((items) =>
      items.map((item) => (item.lastMessage?.id === message.id ? { ...item, lastMessage: message } : item)),
    );
  }

  /**
   * The user read a conversation up to `seq`, here or on another device. Reading up to its newest
   * message leaves nothing unread; anything less asks the server, which knows whose messages follow.
   */
  async readUpTo(conversationId: string, seq: number): Promise<void> {
    this.items.update((items) =>
      items.map((item) =>
        item.id === conversationId && item.lastReadSeq < seq ? { ...item, lastReadSeq: seq, unreadCount: 0 } : item,
      ),
    );
    if (seq >= (this.newestSeq.get(conversationId) ?? 0)) {
      this.unread.update((unread) => ({ ...unread, [conversationId]: 0 }));
      return;
    }
    try {
      const counts = await firstValueFrom(this.api.getUnreadCount());
      this.unread.set(counts.conversations);
    } catch {
      // The badge stays as it was; the next reconnection or reload corrects it.
    }
  }

  /** A conversation the user can no longer read, or left. */
  remove(conversationId: string): void {
    this.items.update((items) => items.filter((item) => item.id !== conversationId));
    this.unread.update((unread) => {
      const rest = { ...unread };
      delete rest[conversationId];
      return rest;
    });
    this.newestSeq.delete(conversationId);
  }

  /** Adds or refreshes one conversation at the top, e.g. one just created. */
  upsert(conversation: ConversationSummary): void {
    this.seen(conversation.id, conversation.lastSeq);
    this.items.update((items) => [conversation, ...items.filter((item) => item.id !== conversation.id)]);
  }

  clear(): void {
    this.items.set([]);
    this.unread.set({});
    this.totalCount.set(0);
    this.loadedPages.set(0);
    this.loadState.set('idle');
    this.newestSeq.clear();
  }

  private seen(conversationId: string, seq: number): void {
    if (seq > (this.newestSeq.get(conversationId) ?? 0)) {
      this.newestSeq.set(conversationId, seq);
    }
  }
}
