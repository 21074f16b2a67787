import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ChatApi, type ConversationDetailsDto } from '@ownerdash/api-client';
import { debounceTime, distinctUntilChanged, firstValueFrom } from 'rxjs';
import { describeFailure } from '../api-error';
import { SessionStore } from '../auth/session.store';
import { ChatPeople } from './chat-people';

/** How long typing in the search pauses before the people are looked up. */
const SEARCH_DEBOUNCE_MS = 250;

/** What the dialog did, for the thread to follow: the new details, or that the user left. */
export type MembersOutcome = { readonly details: ConversationDetailsDto } | { readonly left: true };

/**
 * A group's members. Its owners and the organization's admins add and remove people; anyone may
 * leave. The server checks each change again, and says why when it refuses one.
 */
@Component({
  selector: 'od-members-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatProgressBarModule],
  templateUrl: './members-dialog.html',
  styles: `
    .members {
      margin: 0 0 16px;
      padding: 0;
      list-style: none;
    }
    .member {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      min-height: 40px;
    }
    .role {
      color: var(--mat-sys-on-surface-variant);
    }
    .search {
      width: 100%;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MembersDialog {
  private readonly api = inject(ChatApi);
  private readonly people = inject(ChatPeople);
  private readonly session = inject(SessionStore);
  private readonly dialogRef = inject<MatDialogRef<MembersDialog, MembersOutcome>>(MatDialogRef);

  protected readonly details = signal(inject<ConversationDetailsDto>(MAT_DIALOG_DATA));
  protected readonly search = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly myId = computed(() => this.session.user()?.id ?? '');
  protected readonly manages = computed(
    () =>
      this.session.isAdmin() ||
      this.details().members.some((member) => member.userId === this.myId() && member.role === 'owner'),
  );

  private readonly query = toSignal(
    toObservable(this.search).pipe(debounceTime(SEARCH_DEBOUNCE_MS), distinctUntilChanged()),
    {
      initialValue: '',
    },
  );
  protected readonly candidates = rxResource({
    params: () => (this.manages() && this.query().trim() ? { q: this.query().trim() } : undefined),
    stream: ({ params }) => this.people.search(params.q),
  });
  protected readonly addable = computed(() => {
    const members = new Set(this.details().members.map((member) => member.userId));
    return (this.candidates.value() ?? []).filter((person) => !members.has(person.id));
  });

  protected async add(userId: string): Promise<void> {
    await this.change(async () => {
      this.details.set(
        await firstValueFrom(this.api.addConversationMembers({ id: this.details().id, body: { userIds: [userId] } })),
      );
      this.search.set('');
    });
  }

  protected async remove(userId: string): Promise<void> {
    await this.change(async () => {
      await firstValueFrom(this.api.removeConversationMember({ id: this.details().id, userId }));
      if (userId === this.myId()) {
        this.dialogRef.close({ left: true });
        return;
      }
      this.details.set(await firstValueFrom(this.api.getConversation({ id: this.details().id })));
    });
  }

  protected close(): void {
    this.dialogRef.close({ details: this.details() });
  }

  private async change(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await work();
    } catch (error) {
      this.error.set(describeFailure(error));
    } finally {
      this.busy.set(false);
    }
  }
}
