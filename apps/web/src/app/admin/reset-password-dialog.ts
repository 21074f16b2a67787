import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { AdminApi, type AdminUserDto, type CredentialsDeliveryDto, type Delivery } from '@ownerdash/api-client';
import { FormErrorBanner } from '../shared/form-error-banner';
import { FormFeedback } from '../shared/form-feedback';
import { CredentialsNotice } from './credentials-notice';
import { DeliveryChoice } from './delivery-choice';

/** Resets a member's password by mail or with a temporary password, and shows what to hand on. */
@Component({
  selector: 'od-reset-password-dialog',
  imports: [
    CredentialsNotice,
    DeliveryChoice,
    FormErrorBanner,
    MatButtonModule,
    MatDialogModule,
    MatProgressBarModule,
    ReactiveFormsModule,
  ],
  template: `
    <div aria-live="polite">
      @if (credentials(); as sent) {
        <h2 mat-dialog-title>Password reset for {{ user.displayName }}</h2>
        <mat-dialog-content>
          <od-credentials-notice [credentials]="sent" [email]="user.email" purpose="reset" />
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-flat-button type="button" cdkFocusInitial [mat-dialog-close]="true">Done</button>
        </mat-dialog-actions>
      }
    </div>
    @if (!credentials()) {
      <h2 mat-dialog-title>Reset the password of {{ user.displayName }}?</h2>
      <form [formGroup]="form" novalidate (ngSubmit)="submit()">
        <mat-dialog-content>
          <div class="progress">
            @if (feedback.submitting()) {
              <mat-progress-bar mode="indeterminate" aria-label="Resetting the password" />
            }
          </div>
          <od-form-error [message]="feedback.banner()" />
          <p>This signs {{ user.displayName }} out everywhere. Their current password stops working.</p>
          <od-delivery-choice
            legend="How they get a new password"
            emailLabel="Email a link to choose a new password"
            [control]="form.controls.delivery"
          />
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close>Cancel</button>
          <button mat-flat-button type="submit" [disabled]="feedback.submitting()">Reset password</button>
        </mat-dialog-actions>
      </form>
    }
  `,
  styleUrl: './admin-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordDialog {
  private readonly admin = inject(AdminApi);

  protected readonly user = inject<AdminUserDto>(MAT_DIALOG_DATA);
  protected readonly form = inject(NonNullableFormBuilder).group({ delivery: ['email' as Delivery] });
  protected readonly feedback = new FormFeedback(this.form);
  protected readonly credentials = signal<CredentialsDeliveryDto | null>(null);

  protected submit(): void {
    if (!this.feedback.begin()) {
      return;
    }
    const request = this.admin.resetUserPassword({ id: this.user.id, body: this.form.getRawValue() });
    this.feedback.track(request).subscribe({
      next: (credentials) => this.credentials.set(credentials),
      error: (error: unknown) => this.feedback.showFailure(error),
    });
  }
}
