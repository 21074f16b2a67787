import { Injectable, signal } from '@angular/core';

/** Whether the chat drawer is open, and which conversation it shows (null: the list). */
@Injectable({ providedIn: 'root' })
export class ChatDrawerState {
  private readonly isOpen = signal(false);
  private readonly shown = signal<string | null>(null);

  readonly opened = this.isOpen.asReadonly();
  readonly conversationId = this.shown.asReadonly();

  open(conversationId: string | null = this.shown()): void {
    this.shown.set(conversationId);
    this.isOpen.set(true);
  }

  /** Back from a thread to the list. */
  showList(): void {
    this.shown.set(null);
  }

  close(): void {
    this.isOpen.set(false);
  }

  toggle(): void {
    if (this.isOpen()) {
      this.close();
    } else {
      this.open();
    }
  }
}
