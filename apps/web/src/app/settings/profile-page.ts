import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { UsersApi } from '@ownerdash/api-client';
import { switchMap } from 'rxjs';
import { SessionStore } from '../auth/session.store';
import { DataExportButton } from '../shared/data-export-button';
import { DISPLAY_NAME_MAX_LENGTH } from '../shared/field-limits';
import { DISPLAY_NAME_MESSAGES } from '../shared/field-messages';
import { FormErrorBanner } from '../shared/form-error-banner';
import { FormFeedback } from '../shared/form-feedback';
import { TextField } from '../shared/text-field';
import { NotificationSettingsCard } from './notification-settings-card';

const AVATAR_URL_MAX_LENGTH = 2048;

/** The signed-in user's own name and picture address, their notification settings, and the download of everything stored about them. */
@Component({
  selector: 'od-profile-page',
  imports: [
    DataExportButton,
    FormErrorBanner,
    MatButtonModule,
    MatCardModule,
    MatProgressBarModule,
    NotificationSettingsCard,
    ReactiveFormsModule,
    TextField,
  ],
  templateUrl: './profile-page.html',
  styleUrls: ['../shared/form-layout.scss', './profile-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfilePage {
  private readonly session = inject(SessionStore);
  private readonly users = inject(UsersApi);

  protected readonly email = this.session.user()?.email ?? '';
  protected readonly displayNameMessages = DISPLAY_NAME_MESSAGES;
  protected readonly avatarUrlMessages = {
    pattern: 'Enter an address that starts with https://.',
    maxlength: 'This address is too long.',
  };
  protected readonly form = inject(NonNullableFormBuilder).group({
    displayName: [
      this.session.user()?.displayName ?? '',
      [Validators.required, Validators.maxLength(DISPLAY_NAME_MAX_LENGTH)],
    ],
    avatarUrl: [
      this.session.user()?.avatarUrl ?? '',
      [Validators.pattern(/^https:\/\/\S+$/), Validators.maxLength(AVATAR_URL_MAX_LENGTH)],
    ],
  });
  protected readonly feedback = new FormFeedback(this.form);
  protected readonly saved = signal(false);
  protected readonly exportData = () => this.users.exportMyData$Response();

  protected save(): void {
    this.saved.set(false);
    if (!this.feedback.begin()) {
      return;
    }
    const { displayName, avatarUrl } = this.form.getRawValue();
    const body = { displayName: displayName.trim(), avatarUrl: avatarUrl.trim() || null };
    // The shell shows the name from the session, so the session is reloaded after the change.
    const saving = this.users.updateProfile({ body }).pipe(switchMap(() => this.session.reloadProfile()));
    this.feedback.track(saving).subscribe({
      next: () => {
        this.form.markAsPristine();
        this.saved.set(true);
      },
      error: (error: unknown) => this.feedback.showFailure(error),
    });
  }
}
