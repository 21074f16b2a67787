import { computed, Injectable, signal } from '@angular/core';
import type { ReferenceInput } from '@ownerdash/contracts';

/** A message written here that the server has not acknowledged yet. */
export interface PendingMessage {
  /** The id the server deduplicates retries by: the message goes out once however often it is sent. */
  readonly clientMessageId: string;
  readonly conversationId: string;
  readonly content: string;
  readonly replyToId: string | null;
  /** The dashboard item attached (from the composer's @), sent for the server's snapshot. */
  readonly reference: ReferenceInput | null;
  /** When it was written, for ordering and display. */
  readonly writtenAt: number;
  /** `sending` waits for (or retries over) the connection; `failed` waits for the user's decision. */
  readonly status: 'sending' | 'failed';
  /** Why the server refused it, when failed. */
  readonly error: string | null;
}

/**
 * The messages written but not yet acknowledged, in the order they were written. They stay here,
 * shown as "sending", while the connection is down, and go out when it is back; the server's
 * answer either removes them (the message is then part of the conversation) or marks them failed
 * with its reason, to be retried or discarded.
 */
@Injectable({ providedIn: 'root' })
export class ChatOutbox {
  private readonly entries = signal<readonly PendingMessage[]>([]);

  readonly all = this.entries.asReadonly();
  readonly sending = computed(() => this.entries().filter((entry) => entry.status === 'sending'));

  add(
    conversationId: string,
    content: string,
    replyToId: string | null,
    writtenAt: number,
    reference: ReferenceInput | null = null,
  ): PendingMessage {
    const entry: PendingMessage = {
      clientMessageId: crypto.randomUUID(),
      conversationId,
      content,
      replyToId,
      reference,
      writtenAt,
      status: 'sending',
      error: null,
    };
    this.entries.update((entries) => [...entries, entry]);
    return entry;
  }

  forConversation(conversationId: string): readonly PendingMessage[] {
    return this.entries().filter((entry) => entry.conversationId === conversationId);
  }

  /** The server has the message: it is no longer pending. */
  delivered(clientMessageId: string): void {
    this.entries.update((entries) => entries.filter((entry) => entry.clientMessageId !== clientMessageId));
  }

  failed(clientMessageId: string, error: string): void {
    this.change(clientMessageId, { status: 'failed', error });
  }

  retry(clientMessageId: string): void {
    this.change(clientMessageId, { status: 'sending', error: null });
  }

  discard(clientMessageId: string): void {
    this.delivered(clientMessageId);
  }

  /** Drops what was pending in a conversation the user can no longer reach, or everything (sign-out). */
  clear(conversationId?: string): void {
    this.entries.update((entries) =>
      conversationId === undefined ? [] : entries.filter((entry) => entry.conversationId !== conversationId),
    );
  }

  private change(clientMessageId: string, changes: Pick<PendingMessage, 'status' | 'error'>): void {
    this.entries.update((entries) =>
      entries.map((entry) => (entry.clientMessageId === clientMessageId ? { ...entry, ...changes } : entry)),
    );
  }
}
