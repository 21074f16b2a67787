import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import { DISPLAY_NAME_MAX_LENGTH } from '../shared/field-limits';
import { DISPLAY_NAME_MESSAGES } from '../shared/field-messages';
import { FormErrorBanner } from '../shared/form-error-banner';
import { FormFeedback } from '../shared/form-feedback';
import { TextField } from '../shared/text-field';
import { AuthCard } from './auth-card';
import { newPasswordControls, NewPasswordFields } from './new-password-fields';
import { OneTimeLink } from './one-time-link';
import { SessionStore } from './session.store';

const UNUSABLE_LINK =
  'This invitation link is not valid: it was already used, has expired, or was replaced by a newer one. Ask your administrator for a new invitation.';

/**
 * Opened from the invitation mail (`/accept-invite?token=…`): the new user chooses a password,
 * may correct their name, and is signed in.
 */
@Component({
  selector: 'od-accept-invite-page',
  imports: [AuthCard, FormErrorBanner, MatButtonModule, NewPasswordFields, ReactiveFormsModule, RouterLink, TextField],
  templateUrl: './accept-invite-page.html',
  styleUrl: '../shared/form-layout.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AcceptInvitePage {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  /** The token of the link (query parameter). */
  readonly token = input<string>();

  protected readonly displayNameMessages = DISPLAY_NAME_MESSAGES;
  protected readonly form = new FormGroup({
    displayName: new FormControl('', { nonNullable: true, validators: Validators.maxLength(DISPLAY_NAME_MAX_LENGTH) }),
    ...newPasswordControls(),
  });
  protected readonly feedback = new FormFeedback(this.form);
  protected readonly link = new OneTimeLink(this.feedback, UNUSABLE_LINK);

  protected submit(): void {
    const { displayName, newPassword } = this.form.getRawValue();
    const name = displayName.trim();
    this.link.submit(
      this.token(),
      (token) => this.session.acceptInvite({ token, newPassword, ...(name ? { displayName: name } : {}) }),
      () => void this.router.navigateByUrl('/'),
    );
  }
}
