import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { ChatApi, type SuggestedItemDto, type SuggestedPersonDto } from '@ownerdash/api-client';
import { CHAT_MESSAGE_MAX_LENGTH, type ChatMessage, mentionOf, type ReferenceInput } from '@ownerdash/contracts';
import { of } from 'rxjs';
import { type MentionQuery, mentionQueryAt } from './mention-query';
import { previewOf } from './message-preview';

/** A message as the composer hands it over: its text, and the dashboard item attached through @. */
export interface ComposedMessage {
  readonly content: string;
  readonly reference: ReferenceInput | null;
}

/** One choice of the @ list: a person to mention, or an item to attach. */
type Suggestion =
  | { readonly kind: 'person'; readonly key: string; readonly person: SuggestedPersonDto }
  | { readonly kind: 'item'; readonly key: string; readonly item: SuggestedItemDto };

/** Keys that move the caret without typing. */
const CARET_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'Home', 'End']);

/** Shown from this many characters on, so the limit never comes as a surprise. */
const COUNTER_FROM = CHAT_MESSAGE_MAX_LENGTH - 500;

/**
 * Where a message is written: Enter sends, Shift+Enter starts a new line. It also edits one of
 * the user's messages, and carries the message a reply quotes. Typing `@` opens a list (the ARIA
 * combobox pattern: arrows move, Enter or Tab chooses, Escape closes) of the conversation's
 * members, whose mention markup a choice inserts, and of dashboard items the user may see, found
 * by the server, one of which a choice attaches as the message's reference (not when editing:
 * a message's reference is set when it is sent).
 */
@Component({
  selector: 'od-message-composer',
  imports: [MatButtonModule, MatIconModule],
  templateUrl: './message-composer.html',
  styleUrl: './message-composer.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MessageComposer {
  private readonly field = viewChild.required<ElementRef<HTMLTextAreaElement>>('field');
  private readonly api = inject(ChatApi);

  readonly myId = input.required<string>();
  readonly conversationId = input.required<string>();
  readonly replyTo = input<ChatMessage | null>(null);
  readonly editing = input<ChatMessage | null>(null);

  readonly send = output<ComposedMessage>();
  readonly saveEdit = output<{ message: ChatMessage; content: string }>();
  readonly dismiss = output();
  readonly typing = output();

  protected readonly text = signal('');
  /** The `@` being typed, while the list is open. */
  protected readonly mention = signal<MentionQuery | null>(null);
  protected readonly active = signal(0);
  protected readonly attached = signal<SuggestedItemDto | null>(null);
  private readonly found = rxResource({
    params: () => {
      const mention = this.mention();
      return mention && { conversationId: this.conversationId(), q: mention.query };
    },
    stream: ({ params }) => (params ? this.api.listChatSuggestions(params) : of({ people: [], items: [] })),
  });
  protected readonly suggestions = computed<readonly Suggestion[]>(() => {
    if (!this.mention() || !this.found.hasValue()) {
      return [];
    }
    const { people, items } = this.found.value();
    return [
      ...people.map((person) => ({ kind: 'person' as const, key: `person-${person.id}`, person })),
      ...(this.editing() ? [] : items).map((item) => ({
        kind: 'item' as const,
        key: `item-${item.type}-${item.id}`,
        item,
      })),
    ];
  });
  protected readonly listOpen = computed(() => this.suggestions().length > 0);
  protected readonly activeKey = computed(() => (this.listOpen() ? this.optionId(this.active()) : null));
  protected readonly length = computed(() => [...this.text()].length);
  protected readonly tooLong = computed(() => this.length() > CHAT_MESSAGE_MAX_LENGTH);
  protected readonly showCounter = computed(() => this.length() >= COUNTER_FROM);
  protected readonly maxLength = CHAT_MESSAGE_MAX_LENGTH;
  protected readonly replyPreview = computed(() => {
    const replyTo = this.replyTo();
    return replyTo ? previewOf(replyTo, this.myId()) : null;
  });

  constructor() {
    effect(() => {
      const editing = this.editing();
      if (editing) {
        this.text.set(editing.content);
      }
      if (editing || this.replyTo()) {
        this.focus();
      }
    });
  }

  focus(): void {
    queueMicrotask(() => this.field().nativeElement.focus());
  }

  protected input(value: string, caret: number): void {
    this.text.set(value);
    this.lookFor(value, caret);
    if (value.trim() !== '') {
      this.typing.emit();
    }
  }

  /** The caret moved without typing (a click, Home, End): the list follows the word it is at. */
  protected caretMoved(field: HTMLTextAreaElement): void {
    this.lookFor(field.value, field.selectionStart);
  }

  protected caretKey(event: KeyboardEvent, field: HTMLTextAreaElement): void {
    if (CARET_KEYS.has(event.key)) {
      this.caretMoved(field);
    }
  }

  protected optionId(index: number): string {
    return `chat-suggestion-${index}`;
  }

  protected choose(suggestion: Suggestion): void {
    const mention = this.mention();
    if (!mention) {
      return;
    }
    const text = this.text();
    const caret = mention.start + 1 + mention.query.length;
    const inserted = suggestion.kind === 'person' ? `${mentionOf(suggestion.person)} ` : '';
    if (suggestion.kind === 'item') {
      this.attached.set(suggestion.item);
    }
    this.text.set(text.slice(0, mention.start) + inserted + text.slice(caret));
    this.mention.set(null);
    const at = mention.start + inserted.length;
    queueMicrotask(() => {
      const field = this.field().nativeElement;
      field.focus();
      field.setSelectionRange(at, at);
    });
  }

  protected keydown(event: KeyboardEvent): void {
    if (this.listOpen() && this.listKey(event)) {
      event.preventDefault();
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      this.submit();
    } else if (event.key === 'Escape' && (this.editing() || this.replyTo())) {
      event.preventDefault();
      this.stop();
    }
  }

  protected submit(): void {
    const content = this.text().trim();
    if (content === '' || this.tooLong()) {
      return;
    }
    const editing = this.editing();
    if (editing) {
      this.saveEdit.emit({ message: editing, content });
    } else {
      const attached = this.attached();
      this.send.emit({ content, reference: attached && { type: attached.type, id: attached.id } });
    }
    this.text.set('');
    this.attached.set(null);
    this.mention.set(null);
  }

  protected detach(): void {
    this.attached.set(null);
    this.focus();
  }

  /** Handles a key of the open list; false for keys it leaves to the field. */
  private listKey(event: KeyboardEvent): boolean {
    const count = this.suggestions().length;
    switch (event.key) {
      case 'ArrowDown':
        this.active.update((index) => (index + 1) % count);
        return true;
      case 'ArrowUp':
        this.active.update((index) => (index - 1 + count) % count);
        return true;
      case 'Enter':
      case 'Tab': {
        const suggestion = this.suggestions()[Math.min(this.active(), count - 1)];
        if (suggestion && !event.isComposing) {
          this.choose(suggestion);
          return true;
        }
        return false;
      }
      case 'Escape':
        this.mention.set(null);
        return true;
      default:
        return false;
    }
  }

  private lookFor(text: string, caret: number): void {
    const mention = mentionQueryAt(text, caret);
    const current = this.mention();
    if (mention?.start !== current?.start || mention?.query !== current?.query) {
      this.mention.set(mention);
      this.active.set(0);
    }
  }

  protected stop(): void {
    if (this.editing()) {
      this.text.set('');
    }
    this.dismiss.emit();
  }
}
