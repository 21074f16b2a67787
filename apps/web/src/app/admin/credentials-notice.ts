import { ClipboardModule } from '@angular/cdk/clipboard';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import type { CredentialsDeliveryDto } from '@ownerdash/api-client';
import { Notice } from '../shared/notice';

/**
 * What an admin hands on after an invitation or a password reset: the temporary password, which
 * the API returns this once and nothing keeps, or that the mail with the link is on its way.
 */
@Component({
  selector: 'od-credentials-notice',
  imports: [ClipboardModule, DatePipe, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, Notice],
  template: `
    @let sent = credentials();
    @if (sent.temporaryPassword; as password) {
      <od-notice icon="warning" tone="warning">
        Copy this temporary password now and pass it on safely. It will not be shown again.
      </od-notice>
      <mat-form-field appearance="outline" class="password-field">
        <mat-label>Temporary password for {{ email() }}</mat-label>
        <input matInput class="password" name="temporaryPassword" readonly [value]="password" />
        <button
          mat-icon-button
          matSuffix
          type="button"
          aria-label="Copy temporary password"
          [cdkCopyToClipboard]="password"
          (cdkCopyToClipboardCopied)="copied.set($event)"
        >
          <mat-icon svgIcon="content_copy" aria-hidden="true" />
        </button>
      </mat-form-field>
      <p class="status" role="status">
        @if (copied()) {
          Copied to the clipboard.
        }
      </p>
      <p>
        It works until {{ sent.expiresAt | date: 'medium' }}. {{ email() }} chooses a new password at the first sign-in.
      </p>
    } @else {
      <od-notice icon="mail">
        {{ mailSentText() }} The link works until {{ sent.expiresAt | date: 'medium' }}.
      </od-notice>
    }
  `,
  styles: `
    .password-field {
      width: 100%;
    }
    .password {
      font-family: monospace;
      font-size: 1.125rem;
      letter-spacing: 0.05em;
    }
    .status {
      min-height: 1.5em;
      margin: 0;
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CredentialsNotice {
  readonly credentials = input.required<CredentialsDeliveryDto>();
  /** The address of the person the credentials are for. */
  readonly email = input.required<string>();
  readonly purpose = input<'invitation' | 'reset'>('invitation');

  protected readonly copied = signal(false);
  protected readonly mailSentText = computed(() =>
    this.purpose() === 'invitation'
      ? `Invitation sent to ${this.email()}.`
      : `A link to choose a new password was sent to ${this.email()}.`,
  );
}
