import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatListModule } from '@angular/material/list';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ChatApi, type CreateConversationDto } from '@ownerdash/api-client';
import { CHAT_GROUP_NAME_MAX_LENGTH, CHAT_SUBJECT_MAX_LENGTH, type ChatConversationType } from '@ownerdash/contracts';
import { debounceTime, distinctUntilChanged, firstValueFrom } from 'rxjs';
import { describeFailure } from '../api-error';
import { PortfolioProperties } from '../dashboard/portfolio-properties';
import { ChatInbox } from './chat-inbox';
import { ChatPeople, type Colleague } from './chat-people';
import type { ThreadEntity } from './entity-thread';

/** Opened from a dashboard row: a thread about its entity, the only kind offered then. */
export interface NewConversationData {
  readonly entity: ThreadEntity;
}

/** How long typing in the search pauses before the people are looked up. */
const SEARCH_DEBOUNCE_MS = 250;

/**
 * Starts a conversation: with one person, a named group, or the conversation of a property in
 * the user's scope. Starting one that exists (the same person, the same property) opens it.
 * Opened with an entity (from a dashboard row), it starts a thread about it: a subject and the
 * people, whom the server refuses, naming them, when they may not see the entity.
 * Closes with the conversation's id.
 */
@Component({
  selector: 'od-new-conversation-dialog',
  imports: [
    FormsModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatListModule,
    MatProgressBarModule,
    MatSelectModule,
  ],
  templateUrl: './new-conversation-dialog.html',
  styleUrl: './new-conversation-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewConversationDialog {
  private readonly api = inject(ChatApi);
  private readonly inbox = inject(ChatInbox);
  private readonly people = inject(ChatPeople);
  private readonly dialogRef = inject<MatDialogRef<NewConversationDialog, string>>(MatDialogRef);
  protected readonly properties = inject(PortfolioProperties).list;
  protected readonly entity = inject<NewConversationData | null>(MAT_DIALOG_DATA, { optional: true })?.entity ?? null;

  protected readonly type = signal<ChatConversationType>(this.entity ? 'entity' : 'direct');
  protected readonly subject = signal('');
  protected readonly subjectMax = CHAT_SUBJECT_MAX_LENGTH;
  protected readonly search = signal('');
  protected readonly groupName = signal('');
  protected readonly propertyId = signal<string | null>(null);
  protected readonly chosen = signal<readonly Colleague[]>([]);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly groupNameMax = CHAT_GROUP_NAME_MAX_LENGTH;

  private readonly query = toSignal(
    toObservable(this.search).pipe(debounceTime(SEARCH_DEBOUNCE_MS), distinctUntilChanged()),
    {
      initialValue: '',
    },
  );
  protected readonly matches = rxResource({
    params: () => ({ q: this.query().trim() }),
    stream: ({ params }) => this.people.search(params.q),
  });

  protected readonly chosenIds = computed(() => this.chosen().map((person) => person.id));
  protected readonly canCreate = computed(() => {
    switch (this.type()) {
      case 'direct':
        return this.chosen().length === 1;
      case 'group':
        return this.chosen().length > 0 && this.groupName().trim() !== '';
      case 'property':
        return this.propertyId() !== null;
      case 'entity':
        return this.chosen().length > 0 && this.subject().trim() !== '';
    }
  });

  protected changeType(type: ChatConversationType): void {
    this.type.set(type);
    this.error.set(null);
    if (type === 'direct' && this.chosen().length > 1) {
      this.chosen.set(this.chosen().slice(0, 1));
    }
  }

  protected choose(ids: readonly string[]): void {
    const known = new Map([...this.chosen(), ...(this.matches.value() ?? [])].map((person) => [person.id, person]));
    const visible = new Set((this.matches.value() ?? []).map((person) => person.id));
    // The list shows only the current matches: people chosen earlier from other searches stay chosen.
    const kept = this.chosen().filter((person) => !visible.has(person.id));
    const picked = ids.map((id) => known.get(id)).filter((person): person is Colleague => !!person);
    this.chosen.set(this.type() === 'direct' ? picked.slice(-1) : [...kept, ...picked]);
  }

  protected unchoose(person: Colleague): void {
    this.chosen.update((chosen) => chosen.filter((other) => other.id !== person.id));
  }

  protected async create(): Promise<void> {
    if (!this.canCreate() || this.saving()) {
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    try {
      const conversation = await firstValueFrom(this.api.createConversation({ body: this.body() }));
      this.inbox.upsert(conversation);
      this.dialogRef.close(conversation.id);
    } catch (error) {
      this.error.set(describeFailure(error));
    } finally {
      this.saving.set(false);
    }
  }

  private body(): CreateConversationDto {
    switch (this.type()) {
      case 'direct':
        return { type: 'direct', memberIds: this.chosenIds() };
      case 'group':
        return { type: 'group', name: this.groupName().trim(), memberIds: this.chosenIds() };
      case 'property':
        return { type: 'property', propertyId: this.propertyId() ?? '' };
      case 'entity':
        return {
          type: 'entity',
          entityType: this.entity?.type,
          entityId: this.entity?.id,
          subject: this.subject().trim(),
          memberIds: this.chosenIds(),
        };
    }
  }
}
