import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import type { NotificationPreferences } from '@ownerdash/contracts';
import { describeFailure } from '../api-error';
import { NotificationSettings } from '../notifications/notification-preferences';

/** The user's notification switches, saved on the server as each one is flipped. */
@Component({
  selector: 'od-notification-settings-card',
  imports: [MatCardModule, MatSlideToggleModule],
  template: `
    <mat-card appearance="outlined" class="card">
      <mat-card-header>
        <mat-card-title><h2 class="heading">Notifications</h2></mat-card-title>
      </mat-card-header>
      <mat-card-content class="switches">
        <mat-slide-toggle
          [checked]="preferences().chatNotifications"
          (change)="change('chatNotifications', $event.checked)"
        >
          Chat notifications
        </mat-slide-toggle>
        <p class="hint">Off: new messages no longer notify you. Mentions and being added to a conversation still do.</p>
        <mat-slide-toggle [checked]="preferences().toasts" (change)="change('toasts', $event.checked)">
          Pop-up toasts
        </mat-slide-toggle>
        <p class="hint">Off: no pop-ups, for mentions neither. The bell still counts everything.</p>
        <p class="status" role="status">{{ status() }}</p>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .card {
      margin-top: 24px;
    }
    .heading {
      font: inherit;
      margin: 0;
    }
    .switches {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .hint {
      margin: 0 0 12px;
      opacity: 0.75;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationSettingsCard {
  private readonly settings = inject(NotificationSettings);
  protected readonly preferences = this.settings.preferences;
  protected readonly status = signal('');

  protected async change(key: keyof NotificationPreferences, on: boolean): Promise<void> {
    this.status.set('');
    try {
      await this.settings.save({ ...this.preferences(), [key]: on });
      this.status.set('Saved.');
    } catch (error) {
      this.status.set(`Not saved: ${describeFailure(error)}`);
    }
  }
}
