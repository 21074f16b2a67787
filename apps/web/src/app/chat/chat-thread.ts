import { computed, signal } from '@angular/core';
import type { ConversationDetailsDto } from '@ownerdash/api-client';
import { type ChatMessage, ChatTimeline, type LiveOutcome } from '@ownerdash/contracts';

/** How long "… is typing" shows after the last typing event of a person. */
export const TYPING_SHOWS_MS = 5_000;

export interface Typist {
  readonly userId: string;
  readonly displayName: string;
  readonly until: number;
}

/**
 * One conversation as the client holds it: its details and members, the messages loaded so far
 * (a ChatTimeline, so each shows once and in order), and who is typing in it.
 */
export class ChatThread {
  private timeline: ChatTimeline | null = null;
  private readonly held = signal<readonly ChatMessage[]>([]);
  private readonly typists = signal<readonly Typist[]>([]);

  readonly details = signal<ConversationDetailsDto | null>(null);
  readonly state = signal<'loading' | 'loaded' | 'failed'>('loading');
  readonly error = signal<string | null>(null);
  readonly hasOlder = signal(false);
  readonly loadingOlder = signal(false);
  readonly messages = this.held.asReadonly();
  readonly typing = this.typists.asReadonly();
  readonly newestSeq = computed(() => this.held().at(-1)?.seq ?? 0);

  constructor(readonly id: string) {}

  get loaded(): boolean {
    return this.timeline !== null;
  }

  /** Where a sync must start: after the newest message held. */
  get syncFrom(): number {
    return this.timeline?.newestSeq ?? 0;
  }

  get oldestSeq(): number {
    return this.timeline?.oldestSeq ?? 1;
  }

  /** Starts the timeline from the newest page of history. */
  start(latest: readonly ChatMessage[], hasOlder: boolean): void {
    this.timeline = new ChatTimeline((latest[0]?.seq ?? 1) - 1);
    this.timeline.applySync(latest);
    this.hasOlder.set(hasOlder);
    this.publish();
  }

  applyLive(message: ChatMessage): LiveOutcome | 'not-loaded' {
    if (!this.timeline) {
      return 'not-loaded';
    }
    const outcome = this.timeline.applyLive(message);
    this.publish();
    if (outcome === 'appended') {
      this.stoppedTyping(message.sender?.id ?? '');
    }
    return outcome;
  }

  applySync(messages: readonly ChatMessage[]): void {
    this.timeline?.applySync(messages);
    this.publish();
  }

  prependHistory(messages: readonly ChatMessage[], hasOlder: boolean): void {
    this.timeline?.prependHistory(messages);
    this.hasOlder.set(hasOlder);
    this.publish();
  }

  find(messageId: string): ChatMessage | undefined {
    return this.timeline?.find(messageId);
  }

  /** A member read up to `seq`: "seen by" follows. */
  memberRead(userId: string, seq: number): void {
    this.details.update(
      (details) =>
        details && {
          ...details,
          members: details.members.map((member) =>
            member.userId === userId && member.lastReadSeq < seq ? { ...member, lastReadSeq: seq } : member,
          ),
        },
    );
  }

  startedTyping(userId: string, displayName: string, now: number): void {
    this.typists.update((typists) => [
      ...typists.filter((typist) => typist.userId !== userId && typist.until > now),
      { userId, displayName, until: now + TYPING_SHOWS_MS },
    ]);
  }

  /** Forgets typists whose last typing event is too old; returns whether any are left. */
  expireTyping(now: number): boolean {
    this.typists.update((typists) => typists.filter((typist) => typist.until > now));
    return this.typists().length > 0;
  }

  private stoppedTyping(userId: string): void {
    if (this.typists().some((typist) => typist.userId === userId)) {
      this.typists.update((typists) => typists.filter((typist) => typist.userId !== userId));
    }
  }

  private publish(): void {
    this.held.set(this.timeline?.messages ?? []);
  }
}
