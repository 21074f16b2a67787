import { inject, Injectable, signal } from '@angular/core';
import { ChatApi } from '@ownerdash/api-client';
import { CURRENT_REFERENCES_MAX, type CurrentReferenceAnswer } from '@ownerdash/contracts';

/**
 * The items messages reference as they stand now, for the cards' "then → now". The cards of one
 * rendering ask in the same turn of the event loop, and their messages go out together, 50 per
 * request (`POST /api/chat/references/current`): a page of a thread costs one request, not one per
 * card. Each message is asked once per session; a failed request lets its cards ask again.
 */
@Injectable({ providedIn: 'root' })
export class ReferenceNow {
  private readonly api = inject(ChatApi);
  private readonly answers = signal<ReadonlyMap<string, CurrentReferenceAnswer>>(new Map());
  private readonly asked = new Set<string>();
  private pending: string[] = [];

  /** Asks for the message's item now, with the other messages asked for in this turn. */
  request(messageId: string): void {
    if (this.asked.has(messageId)) {
      return;
    }
    this.asked.add(messageId);
    this.pending.push(messageId);
    if (this.pending.length === 1) {
      queueMicrotask(() => this.send());
    }
  }

  /** The message's item now: undefined until the answer comes (or when it left the message out). */
  answer(messageId: string): CurrentReferenceAnswer | undefined {
    return this.answers().get(messageId);
  }

  private send(): void {
    const ids = this.pending;
    this.pending = [];
    for (let start = 0; start < ids.length; start += CURRENT_REFERENCES_MAX) {
      const batch = ids.slice(start, start + CURRENT_REFERENCES_MAX);
      this.api.currentReferences({ body: { messageIds: batch } }).subscribe({
        next: ({ items }) =>
          this.answers.update((answers) => {
            const next = new Map(answers);
            items.forEach((item) => next.set(item.messageId, item.reference as CurrentReferenceAnswer));
            return next;
          }),
        error: () => batch.forEach((id) => this.asked.delete(id)),
      });
    }
  }
}
