import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatListModule } from '@angular/material/list';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ChatApi } from '@ownerdash/api-client';
import { firstValueFrom, map } from 'rxjs';
import type { OpenedThread, ThreadEntity } from './entity-thread';
import { startEntityThread } from './start-entity-thread';

/** More threads than one entity plausibly has; the list names how many there are beyond. */
const THREADS_LISTED = 50;

/**
 * The threads about one entity that the user may read, newest activity first: choosing one
 * opens it; "Start a thread" starts another (several threads per entity are fine).
 */
@Component({
  selector: 'od-entity-threads-dialog',
  imports: [MatButtonModule, MatDialogModule, MatListModule, MatProgressBarModule],
  template: `
    <h2 mat-dialog-title>Threads about {{ entity.label }}</h2>
    <mat-dialog-content>
      @if (threads.isLoading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Loading the threads" />
      } @else if (threads.error()) {
        <p class="error" role="alert">The threads could not be loaded.</p>
      } @else if (threads.value(); as listed) {
        @if (listed.items.length === 0) {
          <p>No thread yet.</p>
        } @else {
          <mat-action-list aria-label="Threads">
            @for (thread of listed.items; track thread.id) {
              <button mat-list-item type="button" (click)="close({ id: thread.id, startedHere: false })">
                <span matListItemTitle>{{ thread.title }}</span>
                <span matListItemLine>
                  {{ thread.unreadCount > 0 ? thread.unreadCount + ' unread' : 'No unread messages' }}
                </span>
              </button>
            }
          </mat-action-list>
          @if (listed.total > listed.items.length) {
            <p>And {{ listed.total - listed.items.length }} more in the chat.</p>
          }
        }
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>Close</button>
      <button mat-flat-button type="button" (click)="start()">Start a thread</button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EntityThreadsDialog {
  private readonly api = inject(ChatApi);
  private readonly dialog = inject(MatDialog);
  private readonly dialogRef = inject<MatDialogRef<EntityThreadsDialog, OpenedThread>>(MatDialogRef);
  protected readonly entity = inject<ThreadEntity>(MAT_DIALOG_DATA);

  protected readonly threads = rxResource({
    stream: () =>
      this.api
        .listConversations({ entityType: this.entity.type, entityId: this.entity.id, pageSize: THREADS_LISTED })
        .pipe(map((page) => ({ items: page.items, total: page.total }))),
  });

  protected close(opened: OpenedThread): void {
    this.dialogRef.close(opened);
  }

  protected async start(): Promise<void> {
    const opened = await startEntityThread(this.dialog, this.entity);
    if (opened) {
      this.close(opened);
    }
  }
}

/** The list of an entity's threads; the thread chosen or started, if any. */
export function openEntityThreads(dialog: MatDialog, entity: ThreadEntity): Promise<OpenedThread | undefined> {
  return firstValueFrom(
    dialog
      .open<EntityThreadsDialog, ThreadEntity, OpenedThread>(EntityThreadsDialog, {
        data: entity,
        width: '480px',
        maxWidth: '95vw',
      })
      .afterClosed(),
  );
}
