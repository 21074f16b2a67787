import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { map, type Observable } from 'rxjs';

export interface Confirmation {
  readonly title: string;
  readonly message: string;
  /** The label of the button that goes ahead, a verb: "Deactivate", "Discard changes". */
  readonly confirmLabel: string;
  /** Colours the button as a warning, for what cannot simply be taken back. */
  readonly destructive?: boolean;
}

/** Asks the user to confirm one action. Open it with `askToConfirm()`. */
@Component({
  selector: 'od-confirm-dialog',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.message }}</p>
    </mat-dialog-content>
    <!-- Focus starts on the safer choice: Cancel, where the action cannot simply be taken back. -->
    <mat-dialog-actions align="end">
      <button mat-button type="button" [attr.cdkFocusInitial]="data.destructive ? '' : null" [mat-dialog-close]="false">
        Cancel
      </button>
      <button
        mat-flat-button
        type="button"
        [attr.cdkFocusInitial]="data.destructive ? null : ''"
        [class.destructive]="data.destructive"
        [mat-dialog-close]="true"
      >
        {{ data.confirmLabel }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .destructive {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<Confirmation>(MAT_DIALOG_DATA);
}

/** Opens a confirmation; emits true when the user confirms, false when they cancel or dismiss it. */
export function askToConfirm(dialog: MatDialog, confirmation: Confirmation): Observable<boolean> {
  return dialog
    .open<ConfirmDialog, Confirmation, boolean>(ConfirmDialog, { data: confirmation, width: '440px' })
    .afterClosed()
    .pipe(map((confirmed) => confirmed === true));
}
