import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { AdminApi, type AdminUserDto, type ErasedMessages, type UserErasureDto } from '@ownerdash/api-client';
import { FormErrorBanner } from '../shared/form-error-banner';
import { FormFeedback } from '../shared/form-feedback';

/**
 * Erases a member's personal data after saying what happens, with the choice of what becomes of
 * their messages and an explicit acknowledgement, as it cannot be undone. Closes with the answer.
 */
@Component({
  selector: 'od-erase-user-dialog',
  imports: [
    FormErrorBanner,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatProgressBarModule,
    MatRadioModule,
    ReactiveFormsModule,
  ],
  template: `
    <h2 mat-dialog-title>Erase the personal data of {{ user.displayName }}?</h2>
    <form [formGroup]="form" novalidate (ngSubmit)="submit()">
      <mat-dialog-content>
        <div class="progress">
          @if (feedback.submitting()) {
            <mat-progress-bar mode="indeterminate" aria-label="Erasing" />
          }
        </div>
        <od-form-error [message]="feedback.banner()" />
        <p>This cannot be undone. Download their data first if they asked for it.</p>
        <ul class="consequences">
          <li>Their name becomes “Former user”; their email ({{ user.email }}) and picture are removed.</li>
          <li>They are signed out everywhere, their password is removed and the account can never be used again.</li>
          <li>Their notifications go, and their name and email are removed from everyone’s messages.</li>
          <li>The audit trail keeps what they did, under “Former user”.</li>
        </ul>
        <fieldset class="choice">
          <legend class="legend">Their messages</legend>
          <mat-radio-group class="options" formControlName="messages" aria-label="Their messages">
            <mat-radio-button value="keep">Keep them, shown from “Former user”</mat-radio-button>
            <mat-radio-button value="delete">Delete them (they show as deleted messages)</mat-radio-button>
          </mat-radio-group>
        </fieldset>
        <mat-checkbox formControlName="understood">
          I understand that {{ user.displayName }}’s personal data is erased for good
        </mat-checkbox>
        @if (form.controls.understood.touched && form.controls.understood.invalid) {
          <p class="hint" role="alert">Tick the box to confirm the erasure.</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" cdkFocusInitial mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" class="destructive" [disabled]="feedback.submitting()">
          Erase personal data
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './admin-dialog.scss',
  styles: `
    .consequences {
      padding-left: 20px;
    }
    .choice {
      margin: 8px 0 16px;
      padding: 0;
      border: 0;
    }
    .legend {
      padding: 0;
      font: var(--mat-sys-title-small);
    }
    .options {
      display: flex;
      flex-direction: column;
    }
    .hint {
      margin: 4px 0 0;
      color: var(--mat-sys-error);
    }
    .destructive {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EraseUserDialog {
  private readonly admin = inject(AdminApi);
  private readonly dialogRef = inject<MatDialogRef<EraseUserDialog, UserErasureDto>>(MatDialogRef);

  protected readonly user = inject<AdminUserDto>(MAT_DIALOG_DATA);
  protected readonly form = inject(NonNullableFormBuilder).group({
    messages: ['keep' as ErasedMessages],
    understood: [false, Validators.requiredTrue],
  });
  protected readonly feedback = new FormFeedback(this.form);

  protected submit(): void {
    if (!this.feedback.begin()) {
      return;
    }
    const request = this.admin.eraseUser({ id: this.user.id, body: { messages: this.form.getRawValue().messages } });
    this.feedback.track(request).subscribe({
      next: (erased) => this.dialogRef.close(erased),
      error: (error: unknown) => this.feedback.showFailure(error),
    });
  }
}
