import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { PendingMessage } from './chat-outbox';
import { ChatStore } from './chat-store';

/** A message written here that has not reached the server: "sending", or failed with a retry. */
@Component({
  selector: 'od-pending-bubble',
  imports: [MatButtonModule, MatIconModule],
  template: `
    <div class="bubble">{{ pending().content }}</div>
    @if (pending().status === 'sending') {
      <p class="status" data-testid="message-sending">
        <mat-icon svgIcon="schedule" aria-hidden="true" />
        Sending…
      </p>
    } @else {
      <p class="status failed" role="alert">
        <mat-icon svgIcon="error" aria-hidden="true" />
        Not sent: {{ pending().error }}
      </p>
      <div class="actions">
        <button mat-button type="button" (click)="retry()">Retry</button>
        <button mat-button type="button" (click)="discard()">Discard</button>
      </div>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: flex-end;
      align-self: flex-end;
      max-width: 85%;
      margin: 4px 0;
      padding-inline-end: 40px;
    }
    .bubble {
      padding: 8px 12px;
      border-radius: 12px;
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      opacity: 0.7;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .status {
      display: flex;
      gap: 4px;
      align-items: center;
      margin: 2px 0 0;
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.75rem;
    }
    .status mat-icon {
      width: 16px;
      height: 16px;
    }
    .failed {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PendingBubble {
  private readonly store = inject(ChatStore);
  readonly pending = input.required<PendingMessage>();

  protected retry(): void {
    this.store.retrySend(this.pending());
  }

  protected discard(): void {
    this.store.outbox.discard(this.pending().clientMessageId);
  }
}
