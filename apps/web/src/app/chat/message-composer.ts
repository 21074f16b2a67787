import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { CHAT_MESSAGE_MAX_LENGTH, type ChatMessage } from '@ownerdash/contracts';
import { previewOf } from './message-preview';

/** Shown from this many characters on, so the limit never comes as a surprise. */
const COUNTER_FROM = CHAT_MESSAGE_MAX_LENGTH - 500;

/**
 * Where a message is written: Enter sends, Shift+Enter starts a new line. It also edits one of
 * the user's messages, and carries the message a reply quotes.
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

  readonly myId = input.required<string>();
  readonly replyTo = input<ChatMessage | null>(null);
  readonly editing = input<ChatMessage | null>(null);

  readonly send = output<string>();
  readonly saveEdit = output<{ message: ChatMessage; content: string }>();
  readonly dismiss = output();
  readonly typing = output();

  protected readonly text = signal('');
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

  protected input(value: string): void {
    this.text.set(value);
    if (value.trim() !== '') {
      this.typing.emit();
    }
  }

  protected keydown(event: KeyboardEvent): void {
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
      this.send.emit(content);
    }
    this.text.set('');
  }

  protected stop(): void {
    if (this.editing()) {
      this.text.set('');
    }
    this.dismiss.emit();
  }
}
