import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import {
  type AbstractControl,
  FormControl,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@ownerdash/contracts';

export interface NewPasswordControls {
  newPassword: FormControl<string>;
  confirmPassword: FormControl<string>;
}

/** The controls of a new password and its confirmation, checked against the password policy. */
export function newPasswordControls(): NewPasswordControls {
  const controls = {
    newPassword: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(PASSWORD_MAX_LENGTH),
      ],
    }),
    confirmPassword: new FormControl('', { nonNullable: true, validators: [Validators.required, matchesNewPassword] }),
  };
  // The confirmation is judged against the new password, so it is judged again when that changes.
  // The subscription lives exactly as long as the controls.
  controls.newPassword.valueChanges.subscribe(() => controls.confirmPassword.updateValueAndValidity());
  return controls;
}

/**
 * The new-password and confirmation fields with the policy and their messages, for the forms that
 * set a password (change, reset, accepting an invitation), bound to `newPasswordControls()`.
 */
@Component({
  selector: 'od-new-password-fields',
  imports: [MatFormFieldModule, MatInputModule, ReactiveFormsModule],
  template: `
    @let fields = controls();
    <div class="fields">
      <mat-form-field appearance="outline">
        <mat-label>New password</mat-label>
        <input
          matInput
          type="password"
          name="newPassword"
          [formControl]="fields.newPassword"
          autocomplete="new-password"
          required
        />
        <mat-hint>At least {{ minLength }} characters. Common passwords are rejected.</mat-hint>
        @if (fields.newPassword.hasError('required')) {
          <mat-error>Enter a new password.</mat-error>
        } @else if (fields.newPassword.hasError('minlength')) {
          <mat-error>Use at least {{ minLength }} characters.</mat-error>
        } @else if (fields.newPassword.hasError('maxlength')) {
          <mat-error>Use at most {{ maxLength }} characters.</mat-error>
        } @else if (fields.newPassword.getError('server'); as problem) {
          <mat-error>{{ problem }}</mat-error>
        }
      </mat-form-field>

      <mat-form-field appearance="outline">
        <mat-label>Confirm new password</mat-label>
        <input
          matInput
          type="password"
          name="confirmPassword"
          [formControl]="fields.confirmPassword"
          autocomplete="new-password"
          required
        />
        @if (fields.confirmPassword.hasError('required')) {
          <mat-error>Enter the new password again.</mat-error>
        } @else if (fields.confirmPassword.hasError('mismatch')) {
          <mat-error>The passwords do not match.</mat-error>
        }
      </mat-form-field>
    </div>
  `,
  styles: `
    .fields {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewPasswordFields {
  readonly controls = input.required<NewPasswordControls>();

  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly maxLength = PASSWORD_MAX_LENGTH;
}

function matchesNewPassword(control: AbstractControl<string>): ValidationErrors | null {
  const newPassword: unknown = control.parent?.get('newPassword')?.value;
  return control.value === newPassword ? null : { mismatch: true };
}
