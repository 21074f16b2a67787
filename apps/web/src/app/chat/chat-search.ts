import { ChangeDetectionStrategy, Component, computed, effect, inject, output, signal, untracked } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ChatApi, type SearchHitDto } from '@ownerdash/api-client';
import { CHAT_SEARCH_MAX_LENGTH, type ChatConversationType } from '@ownerdash/contracts';
import { debounceTime, distinctUntilChanged, firstValueFrom } from 'rxjs';
import { describeFailure } from '../api-error';
import { NOW } from '../shared/clock';
import { listTime } from './chat-time';

/** How long typing pauses before the search goes out. */
const SEARCH_DEBOUNCE_MS = 300;

export interface SearchChoice {
  readonly conversationId: string;
  readonly seq: number;
}

/**
 * Searches the messages of the user's conversations; while there is a search, its results take
 * the conversation list's place. Choosing one opens its thread at the message.
 */
@Component({
  selector: 'od-chat-search',
  imports: [MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatProgressBarModule, MatSelectModule],
  templateUrl: './chat-search.html',
  styleUrl: './chat-search.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChatSearch {
  private readonly api = inject(ChatApi);
  private readonly now = inject(NOW);

  readonly chosen = output<SearchChoice>();

  protected readonly text = signal('');
  protected readonly type = signal<ChatConversationType | ''>('');
  protected readonly hits = signal<readonly SearchHitDto[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly maxLength = CHAT_SEARCH_MAX_LENGTH;

  private readonly query = toSignal(
    toObservable(computed(() => ({ q: this.text().trim(), type: this.type() }))).pipe(
      debounceTime(SEARCH_DEBOUNCE_MS),
      distinctUntilChanged((a, b) => a.q === b.q && a.type === b.type),
    ),
    { initialValue: { q: '', type: '' as const } },
  );
  /** Whether a search is on: the conversation list gives way to its results. */
  readonly active = computed(() => this.text().trim() !== '');
  protected readonly rows = computed(() =>
    this.hits().map((hit) => ({ hit, when: listTime(hit.message.createdAt, this.now()) })),
  );

  private searchNumber = 0;

  constructor() {
    effect(() => {
      this.query();
      untracked(() => void this.run(false));
    });
  }

  protected clear(): void {
    this.text.set('');
  }

  protected more(): void {
    void this.run(true);
  }

  /** A search, or its next page; answers of searches overtaken by newer ones are dropped. */
  private async run(nextPage: boolean): Promise<void> {
    const { q, type } = this.query();
    const number = ++this.searchNumber;
    if (q === '') {
      this.hits.set([]);
      this.nextCursor.set(null);
      this.error.set(null);
      return;
    }
    this.loading.set(true);
    this.error.set(null);
    try {
      const cursor = nextPage ? (this.nextCursor() ?? undefined) : undefined;
      const page = await firstValueFrom(this.api.searchChatMessages({ q, ...(type ? { type } : {}), cursor }));
      if (number === this.searchNumber) {
        this.hits.update((hits) => (nextPage ? [...hits, ...page.items] : page.items));
        this.nextCursor.set(page.nextCursor);
      }
    } catch (error) {
      if (number === this.searchNumber) {
        this.error.set(describeFailure(error));
      }
    } finally {
      if (number === this.searchNumber) {
        this.loading.set(false);
      }
    }
  }
}
