import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { hasStatus, tryAgainLaterMessage } from '../api-error';
import { EMAIL_MESSAGES } from '../shared/field-messages';
import { FormErrorBanner } from '../shared/form-error-banner';
import { FormFeedback } from '../shared/form-feedback';
import { Notice } from '../shared/notice';
import { TextField } from '../shared/text-field';
import { AuthApiService } from './auth-api.service';
import { AuthCard } from './auth-card';

/** Asks for a password reset link. The answer never tells whether an account has the email. */
@Component({
  selector: 'od-forgot-password-page',
  imports: [AuthCard, FormErrorBanner, MatButtonModule, Notice, ReactiveFormsModule, RouterLink, TextField],
  templateUrl: './forgot-password-page.html',
  styleUrl: '../shared/form-layout.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForgotPasswordPage {
  private readonly api = inject(AuthApiService);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });
  protected readonly feedback = new FormFeedback(this.form);
  protected readonly emailMessages = EMAIL_MESSAGES;
  /** The server's neutral answer, once it has been given. */
  protected readonly confirmation = signal<string | null>(null);

  protected submit(): void {
    if (!this.feedback.begin()) {
      return;
    }
    this.feedback.track(this.api.forgotPassword(this.form.controls.email.value)).subscribe({
      next: (message) => this.confirmation.set(message),
      error: (error: unknown) =>
        hasStatus(error, 429)
          ? this.feedback.showBanner(tryAgainLaterMessage('Too many password reset requests', error))
          : this.feedback.showFailure(error),
    });
  }
}
