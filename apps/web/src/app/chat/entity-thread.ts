import type { ChatEntityType } from '@ownerdash/contracts';

/** An entity of a dashboard row that threads can be about, with what the row calls it. */
export interface ThreadEntity {
  readonly type: ChatEntityType;
  readonly id: string;
  /** e.g. "Eviction 2026-LT-01834 · Parkside 2-204", for headings and the subject's hint. */
  readonly label: string;
}

/** The thread a row's dialogs closed on, and whether it was started there (counts then change). */
export interface OpenedThread {
  readonly id: string;
  readonly startedHere: boolean;
}
