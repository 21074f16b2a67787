import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { ERROR_CODES } from '@ownerdash/contracts';
import { finalize } from 'rxjs';
import { describeFailure, errorBodyOf, placeFieldProblems } from '../api-error';
import { SessionStore } from './session.store';

@Component({
  selector: 'od-sign-in-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
  ],
  templateUrl: './sign-in-page.html',
  styleUrl: './auth-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly errorBanner = viewChild<ElementRef<HTMLElement>>('errorBanner');
  private readonly emailInput = viewChild.required<ElementRef<HTMLInputElement>>('emailInput');
  private readonly passwordInput = viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');

  /** Where the user was headed when they were sent here (query parameter). */
  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly errorMessage = signal<string | null>(null);
  protected readonly passwordVisible = signal(false);

  protected togglePasswordVisibility(): void {
    this.passwordVisible.update((visible) => !visible);
  }

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    this.errorMessage.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalidField();
      return;
    }
    this.submitting.set(true);
    this.session
      .signIn(this.form.getRawValue())
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: () => void this.router.navigateByUrl(safeReturnUrl(this.returnUrl())),
        error: (error: unknown) => this.showFailure(error),
      });
  }

  private showFailure(error: unknown): void {
    const body = errorBodyOf(error);
    if (error instanceof HttpErrorResponse && error.status === 429) {
      this.showBanner(tooManyAttemptsMessage(error.headers.get('Retry-After')));
    } else if (
      body?.code === ERROR_CODES.invalidCredentials ||
      (error instanceof HttpErrorResponse && error.status === 401)
    ) {
      this.showBanner('Email or password is incorrect.');
    } else if (body?.code === ERROR_CODES.validationFailed && body.details?.length) {
      if (placeFieldProblems(this.form, body.details).length > 0) {
        this.showBanner(body.message);
      } else {
        this.focusFirstInvalidField();
      }
    } else {
      this.showBanner(describeFailure(error));
    }
  }

  private showBanner(message: string): void {
    this.errorMessage.set(message);
    afterNextRender(() => this.errorBanner()?.nativeElement.focus(), { injector: this.injector });
  }

  private focusFirstInvalidField(): void {
    const field = this.form.controls.email.invalid ? this.emailInput() : this.passwordInput();
    afterNextRender(() => field.nativeElement.focus(), { injector: this.injector });
  }
}

/** Only paths inside the app: a crafted link must not send a freshly signed-in user elsewhere. */
function safeReturnUrl(url: string | undefined): string {
  return url?.startsWith('/') && !url.startsWith('//') ? url : '/';
}

function tooManyAttemptsMessage(retryAfter: string | null): string {
  const seconds = parseRetryAfter(retryAfter);
  if (seconds === null) {
    return 'Too many sign-in attempts. Try again later.';
  }
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Too many sign-in attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}

/** Retry-After holds either a number of seconds or an HTTP date. */
function parseRetryAfter(value: string | null): number | null {
  const trimmed = value?.trim() ?? '';
  if (/^\d+$/.test(trimmed)) {
    return Number(trimmed);
  }
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, (date - Date.now()) / 1000);
}
