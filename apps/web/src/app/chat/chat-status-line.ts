import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { ChatStore } from './chat-store';

/** Says so while the chat is not connected: messages written meanwhile wait and go out later. */
@Component({
  selector: 'od-chat-status-line',
  imports: [MatIconModule],
  template: `
    @if (message(); as message) {
      <p class="status" role="status" data-testid="chat-offline">
        <mat-icon svgIcon="wifi_off" aria-hidden="true" />
        {{ message }}
      </p>
    }
  `,
  styles: `
    .status {
      display: flex;
      gap: 8px;
      align-items: center;
      margin: 0;
      padding: 6px 16px;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.8125rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChatStatusLine {
  private readonly status = inject(ChatStore).status;
  protected readonly message = computed(() =>
    this.status() === 'online' ? null : 'Reconnecting… Messages you write now are sent when the connection is back.',
  );
}
