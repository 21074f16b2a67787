import { afterNextRender, ChangeDetectionStrategy, Component, inject, Injector, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { ERROR_CODES, type ErrorBody, type FieldProblem } from '@ownerdash/contracts';
import { errorBodyOf } from '../api-error';
import { FormErrorBanner } from '../shared/form-error-banner';
import { FormFeedback } from '../shared/form-feedback';
import { Notice } from '../shared/notice';
import { TextField } from '../shared/text-field';
import { AuthCard } from './auth-card';
import { newPasswordControls, NewPasswordFields } from './new-password-fields';
import { SessionStore } from './session.store';

@Component({
  selector: 'od-change-password-page',
  imports: [
    AuthCard,
    FormErrorBanner,
    MatButtonModule,
    NewPasswordFields,
    Notice,
    ReactiveFormsModule,
    RouterLink,
    TextField,
  ],
  templateUrl: './change-password-page.html',
  styleUrl: '../shared/form-layout.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordPage {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly injector = inject(Injector);

  /** The server requires the change: the user may do nothing else but sign out. */
  protected readonly forced = this.session.mustChangePassword;
  private readonly temporaryPassword = this.session.takeTemporaryPassword();
  /** Asked for unless the user has just signed in with it; shown again if the server refuses it. */
  protected readonly askCurrentPassword = signal(this.temporaryPassword === null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    currentPassword: [this.temporaryPassword ?? '', Validators.required],
    ...newPasswordControls(),
  });
  protected readonly feedback = new FormFeedback(this.form);

  protected submit(): void {
    if (!this.feedback.begin()) {
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.feedback.track(this.session.changePassword({ currentPassword, newPassword })).subscribe({
      next: () => {
        this.snackBar.open('Your password has been changed.', undefined, { duration: 5000 });
        void this.router.navigateByUrl('/');
      },
      error: (error: unknown) => {
        const problems = fieldProblemsOf(errorBodyOf(error));
        if (!this.askCurrentPassword() && problems.some((problem) => problem.field === 'currentPassword')) {
          // The password kept from sign-in was refused: show its field, then say why under it, since
          // binding the new field validates its control afresh and would drop an error set before.
          this.askCurrentPassword.set(true);
          afterNextRender(() => this.feedback.showFailure(error, problems), { injector: this.injector });
          return;
        }
        this.feedback.showFailure(error, problems);
      },
    });
  }

  protected signOut(): void {
    this.session.signOut().subscribe(() => void this.router.navigateByUrl('/sign-in'));
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
