import type { ChatMessage } from './chat-events';

/** What applying a live message did to a timeline. */
export type LiveOutcome =
  /** The next message: shown. */
  | 'appended'
  /** A message the timeline already held, now in its latest state (an edit, a delete, a retry). */
  | 'replaced'
  /** A message older than the oldest held: history not loaded yet will bring it. */
  | 'ignored'
  /** Messages are missing before this one: it waits until a sync from `newestSeq` fills the gap. */
  | 'gap';

/**
 * The messages a client holds of one conversation: one contiguous run of seqs, from the oldest
 * page of history it loaded to the newest message it received. Live events, sync pages and older
 * history may arrive in any order and more than once; the timeline shows each message once, in
 * seq order, and never shows a message whose predecessors it lacks. A live message that skips
 * ahead is kept aside until a sync from `newestSeq` brings what is missing: that is how a
 * reconnect, or an event lost between API instances, heals without a fixed replay window.
 */
export class ChatTimeline {
  /** Held messages by seq, contiguous from `oldestSeq` to `newestSeq`. */
  private readonly held = new Map<number, ChatMessage>();
  /** Live messages received ahead of a gap, by seq. */
  private readonly ahead = new Map<number, ChatMessage>();
  private oldest: number;
  private newest: number;
  private ordered: readonly ChatMessage[] = [];

  /**
   * A timeline that holds nothing yet, positioned after `afterSeq`: the first messages it takes
   * are those with seq `afterSeq + 1` onwards (0 for a conversation read from its beginning).
   */
  constructor(afterSeq = 0) {
    this.oldest = afterSeq + 1;
    this.newest = afterSeq;
  }

  /** The seq of the newest held message (or the starting point): sync from here. */
  get newestSeq(): number {
    return this.newest;
  }

  /** The seq of the oldest held message: load history before it. */
  get oldestSeq(): number {
    return this.oldest;
  }

  /** Whether live messages wait for a sync to fill the gap before them. */
  get hasGap(): boolean {
    return this.ahead.size > 0;
  }

  /** The held messages in seq order; a new array after each change, the same one otherwise. */
  get messages(): readonly ChatMessage[] {
    return this.ordered;
  }

  /** Applies a message from a live event (created, updated, deleted, reaction changed). */
  applyLive(message: ChatMessage): LiveOutcome {
    if (message.seq < this.oldest) {
      return 'ignored';
    }
    if (message.seq <= this.newest) {
      this.replace(message);
      return 'replaced';
    }
    if (message.seq === this.newest + 1) {
      this.extend([message]);
      return 'appended';
    }
    this.ahead.set(message.seq, newer(this.ahead.get(message.seq), message));
    return 'gap';
  }

  /** Applies a page of a sync from `newestSeq`, in seq order; returns whether anything was added. */
  applySync(messages: readonly ChatMessage[]): boolean {
    const before = this.newest;
    for (const message of messages) {
      this.applyLive(message);
    }
    return this.newest !== before;
  }

  /** Applies a page of history older than `oldestSeq`; messages overlapping those held refresh them. */
  prependHistory(messages: readonly ChatMessage[]): void {
    const sorted = [...messages].sort((a, b) => b.seq - a.seq);
    let changed = false;
    for (const message of sorted) {
      if (message.seq >= this.oldest && message.seq <= this.newest) {
        this.held.set(message.seq, newer(this.held.get(message.seq), message));
        changed = true;
      } else if (message.seq === this.oldest - 1) {
        this.held.set(message.seq, message);
        this.oldest = message.seq;
        if (this.newest < this.oldest) {
          this.newest = this.oldest;
        }
        changed = true;
      }
    }
    if (changed) {
      this.reorder();
    }
  }

  /** The held message with this id, if any. */
  find(messageId: string): ChatMessage | undefined {
    return this.ordered.find((message) => message.id === messageId);
  }

  private replace(message: ChatMessage): void {
    const current = this.held.get(message.seq);
    const next = newer(current, message);
    if (next !== current) {
      this.held.set(message.seq, next);
      this.reorder();
    }
  }

  /** Appends the next message, then every message kept aside that now follows without a gap. */
  private extend(messages: readonly ChatMessage[]): void {
    for (const message of messages) {
      this.held.set(message.seq, message);
      this.newest = message.seq;
    }
    for (let next = this.ahead.get(this.newest + 1); next; next = this.ahead.get(this.newest + 1)) {
      this.ahead.delete(next.seq);
      this.held.set(next.seq, next);
      this.newest = next.seq;
    }
    for (const seq of this.ahead.keys()) {
      if (seq <= this.newest) {
        this.ahead.delete(seq);
      }
    }
    this.reorder();
  }

  private reorder(): void {
    this.ordered = [...this.held.values()].sort((a, b) => a.seq - b.seq);
  }
}

/**
 * The later state of one message. Events about a message may overtake each other (an edit's event
 * before a sync page that still has the old text), so the one with the latest change wins; equal
 * times keep the incoming copy, which carries the newest reactions.
 */
function newer(current: ChatMessage | undefined, incoming: ChatMessage): ChatMessage {
  if (!current) {
    return incoming;
  }
  return changedAt(incoming) >= changedAt(current) ? incoming : current;
}

function changedAt(message: ChatMessage): string {
  const times = [message.createdAt, message.editedAt, message.deletedAt].filter((time): time is string => !!time);
  return times.sort().at(-1) ?? message.createdAt;
}
