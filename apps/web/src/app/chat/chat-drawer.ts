import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { ChatDrawerState } from './chat-drawer-state';
import { ChatStatusLine } from './chat-status-line';
import { ChatThreadView } from './chat-thread-view';
import { ConversationList } from './conversation-list';
import { NewConversationButton } from './new-conversation-button';

/** The chat in the drawer from the right: the conversation list, or one thread with a way back. */
@Component({
  selector: 'od-chat-drawer',
  imports: [
    ChatStatusLine,
    ChatThreadView,
    ConversationList,
    MatButtonModule,
    MatIconModule,
    MatTooltipModule,
    NewConversationButton,
    RouterLink,
  ],
  template: `
    <header class="header">
      <h2 class="title">Chat</h2>
      <od-new-conversation-button (created)="drawer.open($event)" />
      <a
        mat-icon-button
        routerLink="/chat"
        aria-label="Open the chat page"
        matTooltip="Open the chat page"
        (click)="drawer.close()"
      >
        <mat-icon svgIcon="open_in_full" aria-hidden="true" />
      </a>
      <button mat-icon-button type="button" aria-label="Close chat" matTooltip="Close chat" (click)="drawer.close()">
        <mat-icon svgIcon="close" aria-hidden="true" />
      </button>
    </header>
    <od-chat-status-line />
    @if (drawer.conversationId(); as conversationId) {
      <od-chat-thread class="body" [conversationId]="conversationId" [showBack]="true" (back)="drawer.showList()" />
    } @else {
      <od-conversation-list class="body list" (selected)="drawer.open($event)" />
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      height: 100%;
    }
    .header {
      display: flex;
      align-items: center;
      padding: 4px 4px 4px 16px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .title {
      flex: 1;
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    .body {
      flex: 1;
      min-height: 0;
    }
    .list {
      overflow-y: auto;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChatDrawer {
  protected readonly drawer = inject(ChatDrawerState);
}
