import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
  type AbstractControl,
  type ValidationErrors,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import {
  ERROR_CODES,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type ErrorBody,
  type FieldProblem,
} from '@ownerdash/contracts';
import { finalize } from 'rxjs';
import { describeFailure, errorBodyOf, placeFieldProblems } from '../api-error';
import { SessionStore } from './session.store';

@Component({
  selector: 'od-change-password-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    ReactiveFormsModule,
    RouterLink,
  ],
  templateUrl: './change-password-page.html',
  styleUrl: './auth-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordPage {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);
  private readonly errorBanner = viewChild<ElementRef<HTMLElement>>('errorBanner');
  private readonly currentPasswordInput = viewChild.required<ElementRef<HTMLInputElement>>('currentPasswordInput');
  private readonly newPasswordInput = viewChild.required<ElementRef<HTMLInputElement>>('newPasswordInput');
  private readonly confirmPasswordInput = viewChild.required<ElementRef<HTMLInputElement>>('confirmPasswordInput');

  /** The server requires the change: the user may do nothing else but sign out. */
  protected readonly forced = this.session.mustChangePassword;
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly maxLength = PASSWORD_MAX_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: ['', Validators.required],
    newPassword: [
      '',
      [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(PASSWORD_MAX_LENGTH)],
    ],
    confirmPassword: ['', [Validators.required, matchesNewPassword]],
  });
  protected readonly submitting = signal(false);
  protected readonly errorMessage = signal<string | null>(null);

  constructor() {
    const { newPassword, confirmPassword } = this.form.controls;
    newPassword.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => confirmPassword.updateValueAndValidity());
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
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.submitting.set(true);
    this.session
      .changePassword({ currentPassword, newPassword })
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: () => {
          this.snackBar.open('Your password has been changed.', undefined, { duration: 5000 });
          void this.router.navigateByUrl('/');
        },
        error: (error: unknown) => this.showFailure(error),
      });
  }

  protected signOut(): void {
    this.session.signOut().subscribe(() => void this.router.navigateByUrl('/sign-in'));
  }

  private showFailure(error: unknown): void {
    const problems = fieldProblemsOf(errorBodyOf(error));
    if (problems.length > 0 && placeFieldProblems(this.form, problems).length === 0) {
      this.focusFirstInvalidField();
    } else {
      this.showBanner(describeFailure(error));
    }
  }

  private showBanner(message: string): void {
    this.errorMessage.set(message);
    afterNextRender(() => this.errorBanner()?.nativeElement.focus(), { injector: this.injector });
  }

  private focusFirstInvalidField(): void {
    const { currentPassword, newPassword } = this.form.controls;
    const field = currentPassword.invalid
      ? this.currentPasswordInput()
      : newPassword.invalid
        ? this.newPasswordInput()
        : this.confirmPasswordInput();
    afterNextRender(() => field.nativeElement.focus(), { injector: this.injector });
  }
}

/** What the server said about particular fields: the current password, the new one, or validation details. */
function fieldProblemsOf(body: ErrorBody | null): readonly FieldProblem[] {
  if (body?.code === ERROR_CODES.wrongCurrentPassword) {
    return [{ field: 'currentPassword', problems: [body.message] }];
  }
  if (body?.code === ERROR_CODES.weakPassword) {
    return [{ field: 'newPassword', problems: [body.message] }];
  }
  return body?.details ?? [];
}

function matchesNewPassword(control: AbstractControl<string>): ValidationErrors | null {
  const newPassword: unknown = control.parent?.get('newPassword')?.value;
  return control.value === newPassword ? null : { mismatch: true };
}
