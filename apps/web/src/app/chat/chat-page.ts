import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import { PageState } from '../shared/page-state';
import { ChatSearch, type SearchChoice } from './chat-search';
import { ChatStatusLine } from './chat-status-line';
import { ChatThreadView } from './chat-thread-view';
import { ConversationList } from './conversation-list';
import { openAtMessage } from './message-link';
import { NewConversationButton } from './new-conversation-button';

/** The chat as a page: conversations beside the open thread, at `/chat` and `/chat/:conversationId`. */
@Component({
  selector: 'od-chat-page',
  imports: [ChatSearch, ChatStatusLine, ChatThreadView, ConversationList, NewConversationButton, PageState],
  template: `
    <section class="list" aria-labelledby="chat-page-title">
      <header class="header">
        <h1 id="chat-page-title" class="title">Chat</h1>
        <od-new-conversation-button (created)="show($event)" />
      </header>
      <od-chat-status-line />
      <od-chat-search #search (chosen)="open($event)" />
      @if (!search.active()) {
        <od-conversation-list class="conversations" [selectedId]="conversationId() ?? null" (selected)="show($event)" />
      }
    </section>
    <section class="thread" aria-label="Conversation">
      @if (conversationId(); as id) {
        <od-chat-thread [conversationId]="id" [focusSeq]="focusSeq()" />
      } @else {
        <od-page-state icon="forum" message="Choose a conversation, or start a new one." />
      }
    </section>
  `,
  styles: `
    /* The page fills the shell's main area below the toolbar, less its padding. */
    :host {
      display: grid;
      grid-template-columns: minmax(240px, 320px) 1fr;
      height: calc(100dvh - 64px - 48px);
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      overflow: hidden;
    }
    @media (max-width: 599.98px) {
      :host {
        grid-template-columns: 1fr;
      }
      :host(.showing-thread) .list,
      :host(:not(.showing-thread)) .thread {
        display: none;
      }
    }
    .list {
      display: flex;
      flex-direction: column;
      min-height: 0;
      border-inline-end: 1px solid var(--mat-sys-outline-variant);
    }
    .header {
      display: flex;
      align-items: center;
      padding: 8px 8px 8px 16px;
    }
    .title {
      flex: 1;
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    .conversations {
      flex: 1;
      overflow-y: auto;
    }
    .thread {
      min-height: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.showing-thread]': '!!conversationId()' },
})
export class ChatPage {
  private readonly router = inject(Router);
  /** From the route: the open conversation, if any. */
  readonly conversationId = input<string>();
  /** From the query string: a message to show, by its seq (a search result's). */
  readonly seq = input<string>();

  protected readonly focusSeq = computed(() => {
    const seq = Number(this.seq());
    return Number.isInteger(seq) && seq > 0 ? seq : null;
  });

  protected show(conversationId: string): void {
    void this.router.navigate(['/chat', conversationId]);
  }

  protected open({ conversationId, seq }: SearchChoice): void {
    void openAtMessage(this.router, conversationId, seq);
  }
}
