import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { ChatApi, type ReferenceInputDto } from '@ownerdash/api-client';
import { CHAT_MESSAGE_MAX_LENGTH } from '@ownerdash/contracts';
import { firstValueFrom, map } from 'rxjs';
import { describeFailure } from '../api-error';

/** What is shared: the reference the server takes its snapshot of, and how people call it. */
export interface ShareToChatData {
  readonly reference: ReferenceInputDto;
  readonly title: string;
}

/** The conversations offered, most recently active first. */
const CONVERSATIONS_OFFERED = 100;

/**
 * Shares a dashboard item into a conversation: pick one, add a comment, send. The server takes
 * the item's snapshot and refuses what the sender may not see, saying why. Closes with the
 * conversation's id once the message is stored.
 */
@Component({
  selector: 'od-share-to-chat-dialog',
  imports: [
    FormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
  ],
  template: `
    <h2 mat-dialog-title>Share to chat</h2>
    <mat-dialog-content>
      <p class="shared">{{ data.title }}</p>
      @if (conversations.isLoading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Loading your conversations" />
      } @else if (conversations.error()) {
        <p class="error" role="alert">Your conversations could not be loaded.</p>
      } @else if (conversations.value()?.length === 0) {
        <p>You have no conversation yet: start one in the chat, then share.</p>
      } @else {
        <mat-form-field appearance="outline">
          <mat-label>Conversation</mat-label>
          <mat-select [value]="conversationId()" (valueChange)="conversationId.set($event)" required>
            @for (conversation of conversations.value(); track conversation.id) {
              <mat-option [value]="conversation.id">{{ conversation.title }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      }
      <mat-form-field appearance="outline">
        <mat-label>Comment</mat-label>
        <textarea
          matInput
          rows="3"
          [maxlength]="maxLength"
          [ngModel]="comment()"
          (ngModelChange)="comment.set($event)"
        ></textarea>
      </mat-form-field>
      @if (error(); as message) {
        <p class="error" role="alert">{{ message }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>Cancel</button>
      <button mat-flat-button type="button" [disabled]="!canSend()" (click)="send()">Send</button>
    </mat-dialog-actions>
  `,
  styles: `
    mat-form-field {
      display: block;
      width: min(420px, 100%);
    }
    .shared {
      font-weight: 600;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShareToChatDialog {
  private readonly api = inject(ChatApi);
  private readonly dialogRef = inject<MatDialogRef<ShareToChatDialog, string>>(MatDialogRef);
  protected readonly data = inject<ShareToChatData>(MAT_DIALOG_DATA);

  protected readonly maxLength = CHAT_MESSAGE_MAX_LENGTH;
  protected readonly conversationId = signal<string | null>(null);
  protected readonly comment = signal('');
  protected readonly sending = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly conversations = rxResource({
    stream: () => this.api.listConversations({ pageSize: CONVERSATIONS_OFFERED }).pipe(map((list) => list.items)),
  });
  protected readonly canSend = computed(() => this.conversationId() !== null && !this.sending());

  protected async send(): Promise<void> {
    const conversationId = this.conversationId();
    if (conversationId === null) {
      return;
    }
    this.sending.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(
        this.api.sendMessage({
          id: conversationId,
          body: {
            content: this.comment().trim() || this.data.title,
            clientMessageId: crypto.randomUUID(),
            reference: this.data.reference,
          },
        }),
      );
      this.dialogRef.close(conversationId);
    } catch (failure) {
      this.error.set(describeFailure(failure));
    } finally {
      this.sending.set(false);
    }
  }
}
