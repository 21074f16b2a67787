import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { NewConversationDialog } from './new-conversation-dialog';

/** Opens the dialog that starts a conversation; emits the id of the one created (or found). */
@Component({
  selector: 'od-new-conversation-button',
  imports: [MatButtonModule, MatIconModule, MatTooltipModule],
  template: `
    <button mat-icon-button type="button" aria-label="New conversation" matTooltip="New conversation" (click)="start()">
      <mat-icon svgIcon="add" aria-hidden="true" />
    </button>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewConversationButton {
  private readonly dialog = inject(MatDialog);
  readonly created = output<string>();

  protected start(): void {
    this.dialog
      .open<NewConversationDialog, void, string>(NewConversationDialog, { width: '480px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((conversationId) => conversationId && this.created.emit(conversationId));
  }
}
