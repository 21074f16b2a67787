import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { FormErrorBanner } from '../shared/form-error-banner';
import { FormFeedback } from '../shared/form-feedback';
import { AuthApiService } from './auth-api.service';
import { AuthCard } from './auth-card';
import { newPasswordControls, NewPasswordFields } from './new-password-fields';
import { OneTimeLink } from './one-time-link';

const UNUSABLE_LINK =
  'This password reset link is not valid: it was already used, has expired, or was replaced by a newer one. Request a new one.';

/** Opened from the reset link in a mail (`/reset-password?token=…`): the user chooses a new password. */
@Component({
  selector: 'od-reset-password-page',
  imports: [AuthCard, FormErrorBanner, MatButtonModule, NewPasswordFields, ReactiveFormsModule, RouterLink],
  templateUrl: './reset-password-page.html',
  styleUrl: '../shared/form-layout.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordPage {
  private readonly api = inject(AuthApiService);
  private readonly router = inject(Router);

  /** The token of the link (query parameter). */
  readonly token = input<string>();

  protected readonly form = new FormGroup(newPasswordControls());
  protected readonly feedback = new FormFeedback(this.form);
  protected readonly link = new OneTimeLink(this.feedback, UNUSABLE_LINK);

  protected submit(): void {
    const newPassword = this.form.controls.newPassword.value;
    this.link.submit(
      this.token(),
      (token) => this.api.resetPassword({ token, newPassword }),
      () => void this.router.navigate(['/sign-in'], { queryParams: { notice: 'password-reset' } }),
    );
  }
}
