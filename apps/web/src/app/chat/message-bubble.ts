import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import type { ChatMessage } from '@ownerdash/contracts';
import { ChatMarkdownPipe } from './chat-markdown';
import { timeOfDay } from './chat-time';
import { previewOf } from './message-preview';
import { ReferenceCard } from './reference-card';

/** The reactions offered in a message's menu; any other emoji still shows when someone sent it. */
export const QUICK_REACTIONS = ['👍', '❤️', '😄', '🎉', '👀', '✅'];

/**
 * One message of a thread: who, when, what (as markdown), the dashboard item it points at, its
 * reply quote, reactions and actions.
 */
@Component({
  selector: 'od-message-bubble',
  imports: [ChatMarkdownPipe, MatButtonModule, MatIconModule, MatMenuModule, ReferenceCard],
  templateUrl: './message-bubble.html',
  styleUrl: './message-bubble.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.mine]': 'mine()', role: 'article', '[attr.aria-label]': 'label()' },
})
export class MessageBubble {
  readonly message = input.required<ChatMessage>();
  readonly myId = input.required<string>();
  /** The message this one replies to, when the thread holds it. */
  readonly replyTo = input<ChatMessage | undefined>(undefined);
  /** Admins may delete anyone's message. */
  readonly canModerate = input(false);

  readonly reply = output<ChatMessage>();
  readonly edit = output<ChatMessage>();
  readonly remove = output<ChatMessage>();
  readonly react = output<{ message: ChatMessage; emoji: string }>();

  protected readonly quickReactions = QUICK_REACTIONS;
  protected readonly mine = computed(() => this.message().sender?.id === this.myId());
  protected readonly deleted = computed(() => this.message().deletedAt !== null);
  protected readonly time = computed(() => timeOfDay(this.message().createdAt));
  protected readonly senderName = computed(() => this.message().sender?.displayName ?? 'Former colleague');
  protected readonly quote = computed(() => {
    const replyTo = this.replyTo();
    return replyTo ? previewOf(replyTo, this.myId()) : this.message().replyToId ? 'An earlier message' : null;
  });
  protected readonly reactions = computed(() =>
    this.message().reactions.map((reaction) => ({
      ...reaction,
      mine: reaction.userIds.includes(this.myId()),
      count: reaction.userIds.length,
    })),
  );
  protected readonly label = computed(() => `${this.mine() ? 'You' : this.senderName()}, ${this.time()}`);
}
