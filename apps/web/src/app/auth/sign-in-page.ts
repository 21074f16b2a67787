import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { ERROR_CODES } from '@ownerdash/contracts';
import { errorBodyOf, hasStatus, tryAgainLaterMessage } from '../api-error';
import { EMAIL_MESSAGES } from '../shared/field-messages';
import { FormErrorBanner } from '../shared/form-error-banner';
import { FormFeedback } from '../shared/form-feedback';
import { Notice } from '../shared/notice';
import { TextField } from '../shared/text-field';
import { AuthCard } from './auth-card';
import { SessionStore } from './session.store';

/** Notices other pages send the user here with (`/sign-in?notice=…`). */
const NOTICES: Readonly<Record<string, string>> = {
  'password-reset': 'Your password has been reset. Sign in with your new password.',
};

@Component({
  selector: 'od-sign-in-page',
  imports: [
    AuthCard,
    FormErrorBanner,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    Notice,
    ReactiveFormsModule,
    RouterLink,
    TextField,
  ],
  templateUrl: './sign-in-page.html',
  styleUrl: '../shared/form-layout.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  /** Where the user was headed when they were sent here (query parameter). */
  readonly returnUrl = input<string>();
  /** Why another page sent the user here (query parameter), e.g. after a password reset. */
  readonly notice = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly feedback = new FormFeedback(this.form);
  protected readonly emailMessages = EMAIL_MESSAGES;
  protected readonly passwordVisible = signal(false);
  protected readonly noticeText = computed(() => NOTICES[this.notice() ?? ''] ?? null);

  protected togglePasswordVisibility(): void {
    this.passwordVisible.update((visible) => !visible);
  }

  protected submit(): void {
    if (!this.feedback.begin()) {
      return;
    }
    this.feedback.track(this.session.signIn(this.form.getRawValue())).subscribe({
      next: () => void this.router.navigateByUrl(safeReturnUrl(this.returnUrl())),
      error: (error: unknown) => this.showFailure(error),
    });
  }

  private showFailure(error: unknown): void {
    if (hasStatus(error, 429)) {
      this.feedback.showBanner(tryAgainLaterMessage('Too many sign-in attempts', error));
    } else if (errorBodyOf(error)?.code === ERROR_CODES.invalidCredentials || hasStatus(error, 401)) {
      this.feedback.showBanner('Email or password is incorrect.');
    } else {
      this.feedback.showFailure(error);
    }
  }
}

/** Only paths inside the app: a crafted link must not send a freshly signed-in user elsewhere. */
function safeReturnUrl(url: string | undefined): string {
  return url?.startsWith('/') && !url.startsWith('//') ? url : '/';
}
