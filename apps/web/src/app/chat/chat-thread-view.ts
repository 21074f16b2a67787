import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { ConversationDetailsDto } from '@ownerdash/api-client';
import type { ChatMessage } from '@ownerdash/contracts';
import { filter } from 'rxjs';
import { describeFailure } from '../api-error';
import { SessionStore } from '../auth/session.store';
import { NOW } from '../shared/clock';
import { askToConfirm } from '../shared/confirm-dialog';
import { LoadFailure } from '../shared/load-failure';
import { ChatStore } from './chat-store';
import type { ChatThread } from './chat-thread';
import { MembersDialog, type MembersOutcome } from './members-dialog';
import { MessageBubble } from './message-bubble';
import { type ComposedMessage, MessageComposer } from './message-composer';
import { previewOf } from './message-preview';
import { PendingBubble } from './pending-bubble';
import { threadItems } from './thread-items';

/** Within this many pixels of the bottom, a thread follows new messages down. */
const AT_BOTTOM_PX = 48;
/** Within this many pixels of the top, the older page loads on its own. */
const NEAR_TOP_PX = 80;

/** One conversation: its messages (scrolling up through history), who is typing, and the composer. */
@Component({
  selector: 'od-chat-thread',
  imports: [
    LoadFailure,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MessageBubble,
    MessageComposer,
    PendingBubble,
  ],
  templateUrl: './chat-thread-view.html',
  styleUrl: './chat-thread-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChatThreadView {
  private readonly store = inject(ChatStore);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly now = inject(NOW);
  private readonly scroller = viewChild<ElementRef<HTMLElement>>('scroller');
  private readonly composer = viewChild(MessageComposer);

  readonly conversationId = input.required<string>();
  /** Shows a way back to the conversation list (in the drawer). */
  readonly showBack = input(false);
  /** A message to bring into view and mark, by its seq: older history loads until it is there. */
  readonly focusSeq = input<number | null>(null);
  readonly back = output();

  protected readonly thread = signal<ChatThread | null>(null);
  protected readonly replyTo = signal<ChatMessage | null>(null);
  protected readonly editing = signal<ChatMessage | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly focused = signal<number | null>(null);
  protected readonly myId = computed(() => this.session.user()?.id ?? '');
  protected readonly canModerate = this.session.isAdmin;

  protected readonly details = computed(() => this.thread()?.details() ?? null);
  protected readonly title = computed(
    () => this.details()?.title ?? this.store.inbox.find(this.conversationId())?.title ?? 'Conversation',
  );
  protected readonly items = computed(() => {
    const thread = this.thread();
    return thread ? threadItems(thread.messages(), this.now()) : [];
  });
  /**
   * What the user wrote that the thread does not show yet: the message's own event can come before
   * the acknowledgement that takes it out of the outbox, and it must not show twice meanwhile.
   */
  protected readonly pending = computed(() => {
    const shown = new Set(
      (this.thread()?.messages() ?? [])
        .filter((message) => message.sender?.id === this.myId())
        .map((message) => message.clientMessageId),
    );
    return this.store.outbox
      .all()
      .filter((entry) => entry.conversationId === this.conversationId() && !shown.has(entry.clientMessageId));
  });
  protected readonly members = computed(() => {
    const online = this.store.online();
    return (this.details()?.members ?? [])
      .filter((member) => member.userId !== this.myId())
      .map((member) => ({ ...member, online: online.has(member.userId) }));
  });
  protected readonly membersLine = computed(() => {
    const members = this.members();
    if (this.details()?.type === 'property') {
      return 'Everyone with access to this property';
    }
    return members.map((member) => member.displayName).join(', ');
  });
  protected readonly typingLine = computed(() => {
    const names = (this.thread()?.typing() ?? []).map((typist) => typist.displayName);
    if (names.length === 0) {
      return '';
    }
    return names.length === 1
      ? `${names[0]} is typing…`
      : `${names.slice(0, -1).join(', ')} and ${names.at(-1)} are typing…`;
  });
  /** "Seen by" under the newest message: the others who have read up to it. */
  protected readonly seenBy = computed(() => {
    const last = this.thread()?.messages().at(-1);
    if (!last) {
      return '';
    }
    const readers = this.members().filter(
      (member) => member.lastReadSeq >= last.seq && member.userId !== last.sender?.id,
    );
    return readers.length > 0 ? `Seen by ${readers.map((member) => member.displayName).join(', ')}` : '';
  });

  private atBottom = true;
  private heightBeforeOlder: number | null = null;
  private lastAnnouncedSeq = 0;

  constructor() {
    effect((onCleanup) => {
      const conversationId = this.conversationId();
      const thread = untracked(() => this.store.open(conversationId));
      this.thread.set(thread);
      this.replyTo.set(null);
      this.editing.set(null);
      this.atBottom = true;
      this.lastAnnouncedSeq = untracked(() => thread.newestSeq());
      onCleanup(() => this.store.close(conversationId));
    });

    // Reading the newest message marks it read, here and on the user's other devices.
    effect(() => {
      const thread = this.thread();
      if (thread && thread.newestSeq() > 0 && this.store.status() === 'online' && this.atBottom) {
        untracked(() => this.store.markRead(thread));
      }
    });

    // A message to show: load history back to it, then scroll it into view instead of the bottom.
    effect(() => {
      const thread = this.thread();
      const seq = this.focusSeq();
      if (thread && seq !== null && thread.state() === 'loaded') {
        untracked(() => {
          this.atBottom = false;
          void this.store.loadBackTo(thread, seq).then(() => this.focused.set(seq));
        });
      }
    });

    afterRenderEffect(() => {
      this.items();
      this.pending();
      const element = this.scroller()?.nativeElement;
      if (!element) {
        return;
      }
      const focused = this.focused();
      const target = focused === null ? null : element.querySelector(`[data-seq="${focused}"]`);
      if (target) {
        target.scrollIntoView({ block: 'center' });
        this.heightBeforeOlder = null;
      } else if (this.heightBeforeOlder !== null) {
        element.scrollTop += element.scrollHeight - this.heightBeforeOlder;
        this.heightBeforeOlder = null;
      } else if (this.atBottom) {
        element.scrollTop = element.scrollHeight;
      }
    });

    const arrivals = this.store.arrived$
      .pipe(filter(({ message }) => message.conversationId === this.conversationId()))
      .subscribe(({ message }) => {
        if (message.seq > this.lastAnnouncedSeq) {
          this.lastAnnouncedSeq = message.seq;
          this.announcement.set(`New message from ${previewOf(message, this.myId())}`);
        }
      });
    const visibility = () => {
      const thread = this.thread();
      if (thread && this.atBottom) {
        this.store.markRead(thread);
      }
    };
    document.addEventListener('visibilitychange', visibility);
    inject(DestroyRef).onDestroy(() => {
      arrivals.unsubscribe();
      document.removeEventListener('visibilitychange', visibility);
    });
  }

  protected scrolled(): void {
    const element = this.scroller()?.nativeElement;
    const thread = this.thread();
    if (!element || !thread) {
      return;
    }
    this.atBottom = element.scrollHeight - element.scrollTop - element.clientHeight <= AT_BOTTOM_PX;
    if (this.atBottom) {
      this.store.markRead(thread);
    }
    if (element.scrollTop <= NEAR_TOP_PX && thread.hasOlder() && !thread.loadingOlder()) {
      this.loadOlder();
    }
  }

  protected loadOlder(): void {
    const thread = this.thread();
    const element = this.scroller()?.nativeElement;
    if (!thread) {
      return;
    }
    this.heightBeforeOlder = element?.scrollHeight ?? null;
    void this.store.loadOlder(thread);
  }

  protected retryLoad(): void {
    void this.store.retryLoad(this.conversationId());
  }

  protected replyToMessage(thread: ChatThread, id: string | null): ChatMessage | undefined {
    return id ? thread.find(id) : undefined;
  }

  protected send({ content, reference }: ComposedMessage): void {
    this.atBottom = true;
    this.store.send(this.conversationId(), content, this.replyTo()?.id ?? null, reference);
    this.replyTo.set(null);
  }

  protected typing(): void {
    this.store.typing(this.conversationId());
  }

  protected startReply(message: ChatMessage): void {
    this.editing.set(null);
    this.replyTo.set(message);
  }

  protected startEdit(message: ChatMessage): void {
    this.replyTo.set(null);
    this.editing.set(message);
  }

  protected stopComposing(): void {
    this.replyTo.set(null);
    this.editing.set(null);
    this.composer()?.focus();
  }

  protected manageMembers(): void {
    const thread = this.thread();
    const details = thread?.details();
    if (!thread || !details) {
      return;
    }
    this.dialog
      .open<MembersDialog, ConversationDetailsDto, MembersOutcome>(MembersDialog, {
        data: details,
        width: '440px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((outcome) => {
        if (outcome && 'left' in outcome) {
          this.back.emit();
        } else if (outcome) {
          thread.details.set(outcome.details);
        }
      });
  }

  protected async saveEdit({ message, content }: { message: ChatMessage; content: string }): Promise<void> {
    this.editing.set(null);
    await this.attempt(() => this.store.edit(message.id, content));
  }

  protected remove(message: ChatMessage): void {
    askToConfirm(this.dialog, {
      title: 'Delete this message?',
      message: 'Everyone in the conversation will see that a message was deleted, but not what it said.',
      confirmLabel: 'Delete',
      destructive: true,
    }).subscribe((confirmed) => {
      if (confirmed) {
        void this.attempt(() => this.store.remove(message.id));
      }
    });
  }

  protected react({ message, emoji }: { message: ChatMessage; emoji: string }): void {
    void this.attempt(() => this.store.toggleReaction(message, emoji));
  }

  private async attempt(action: () => Promise<void>): Promise<void> {
    this.actionError.set(null);
    try {
      await action();
    } catch (error) {
      this.actionError.set(describeFailure(error));
    }
  }
}
