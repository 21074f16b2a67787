import { effect, inject, Injectable, signal, untracked } from '@angular/core';
import { NotificationsApi } from '@ownerdash/api-client';
import { DEFAULT_NOTIFICATION_PREFERENCES, type NotificationPreferences } from '@ownerdash/contracts';
import { firstValueFrom } from 'rxjs';
import { SessionStore } from '../auth/session.store';

/**
 * The signed-in user's notification settings, kept on the server: loaded on sign-in (the defaults
 * until then, and when they cannot be loaded), saved from the settings page.
 */
@Injectable({ providedIn: 'root' })
export class NotificationSettings {
  private readonly api = inject(NotificationsApi);
  private readonly session = inject(SessionStore);
  private readonly current = signal<NotificationPreferences>(DEFAULT_NOTIFICATION_PREFERENCES);

  readonly preferences = this.current.asReadonly();

  constructor() {
    effect(() => {
      const userId = this.session.user()?.id;
      untracked(() => {
        this.current.set(DEFAULT_NOTIFICATION_PREFERENCES);
        if (userId) {
          void this.load();
        }
      });
    });
  }

  /** Saves the settings; the signal changes at once and goes back to the server's answer if refused. */
  async save(preferences: NotificationPreferences): Promise<void> {
    const before = this.current();
    this.current.set(preferences);
    try {
      this.current.set(await firstValueFrom(this.api.saveNotificationPreferences({ body: preferences })));
    } catch (error) {
      this.current.set(before);
      throw error;
    }
  }

  private async load(): Promise<void> {
    try {
      this.current.set(await firstValueFrom(this.api.getNotificationPreferences()));
    } catch {
      // The defaults stay: notifications and toasts on, as for anyone who never changed them.
    }
  }
}
