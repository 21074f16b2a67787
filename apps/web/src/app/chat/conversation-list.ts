import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { NOW } from '../shared/clock';
import { LoadFailure } from '../shared/load-failure';
import { PageState } from '../shared/page-state';
import { ChatStore } from './chat-store';
import { listTime } from './chat-time';
import { CONVERSATION_ICONS } from './conversation-icons';
import { previewOf } from './message-preview';

/** The user's conversations, newest activity first, each with its unread count and last message. */
@Component({
  selector: 'od-conversation-list',
  imports: [LoadFailure, MatButtonModule, MatIconModule, MatProgressBarModule, PageState],
  templateUrl: './conversation-list.html',
  styleUrl: './conversation-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConversationList {
  private readonly store = inject(ChatStore);
  private readonly now = inject(NOW);
  protected readonly inbox = this.store.inbox;

  readonly selectedId = input<string | null>(null);
  readonly selected = output<string>();

  protected readonly rows = computed(() => {
    const online = this.store.online();
    return this.inbox.conversations().map((conversation) => ({
      conversation,
      icon: CONVERSATION_ICONS[conversation.type],
      unread: this.inbox.unreadFor(conversation.id),
      when: listTime(conversation.lastActivityAt, this.now()),
      preview: conversation.lastMessage ? previewOf(conversation.lastMessage, this.store.myId()) : 'No messages yet',
      // Whether the other person of a direct conversation is online; groups and properties have no one dot.
      online: conversation.peerId ? online.has(conversation.peerId) : null,
    }));
  });
  protected readonly firstLoad = computed(
    () => this.inbox.state() === 'loading' && this.inbox.conversations().length === 0,
  );

  protected reload(): void {
    void this.inbox.reload();
  }

  protected loadMore(): void {
    void this.inbox.loadMore();
  }
}
