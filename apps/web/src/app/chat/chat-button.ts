import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ChatDrawerState } from './chat-drawer-state';
import { ChatStore } from './chat-store';

/** The top bar's way into the chat, with the number of unread messages of all conversations. */
@Component({
  selector: 'od-chat-button',
  imports: [MatBadgeModule, MatButtonModule, MatIconModule, MatTooltipModule],
  template: `
    <button
      mat-icon-button
      [matBadge]="badge()"
      [matBadgeHidden]="unread() === 0"
      matBadgeColor="warn"
      matBadgeSize="small"
      matBadgeDescription=""
      type="button"
      data-testid="chat-button"
      aria-controls="chat-drawer"
      [attr.aria-expanded]="drawer.opened()"
      [attr.aria-label]="label()"
      [matTooltip]="label()"
      (click)="drawer.toggle()"
    >
      <mat-icon svgIcon="chat" aria-hidden="true" />
    </button>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChatButton {
  private readonly store = inject(ChatStore);
  protected readonly drawer = inject(ChatDrawerState);
  protected readonly unread = this.store.inbox.unreadTotal;
  protected readonly badge = computed(() => (this.unread() > 99 ? '99+' : String(this.unread())));
  protected readonly label = computed(() => {
    const unread = this.unread();
    return unread === 0 ? 'Chat' : `Chat, ${unread} unread ${unread === 1 ? 'message' : 'messages'}`;
  });
}
