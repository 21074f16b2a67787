import { DestroyRef, effect, inject, Injectable, signal, untracked } from '@angular/core';
import { type NotificationDto, NotificationsApi } from '@ownerdash/api-client';
import type { ChatNotification } from '@ownerdash/contracts';
import { firstValueFrom, Subject } from 'rxjs';
import { describeFailure } from '../api-error';
import { SessionStore } from '../auth/session.store';
import { ChatConnection } from '../chat/chat-connection';

/** Notifications shown in the menu at once. */
export const NOTIFICATIONS_SHOWN = 20;

/**
 * The signed-in user's notifications: the bell's unread count and the newest ones, loaded when
 * the chat connects (again) and kept current by `notification:created` in between.
 */
@Injectable({ providedIn: 'root' })
export class NotificationCenter {
  private readonly api = inject(NotificationsApi);
  private readonly session = inject(SessionStore);
  private readonly connection = inject(ChatConnection);
  private readonly arrivals = new Subject<ChatNotification>();

  readonly items = signal<readonly NotificationDto[]>([]);
  readonly unread = signal(0);
  readonly error = signal<string | null>(null);
  /** Notifications as they arrive live, for toasts. */
  readonly arrived$ = this.arrivals.asObservable();

  constructor() {
    this.connection.on('notification:created', (notification) => {
      if (this.items().some((item) => item.id === notification.id)) {
        return;
      }
      this.items.update((items) => [notification, ...items].slice(0, NOTIFICATIONS_SHOWN));
      this.unread.update((count) => count + 1);
      this.arrivals.next(notification);
    });
    const reconnections = this.connection.connected$.subscribe(() => void this.reload());
    effect(() => {
      if (!this.session.signedIn()) {
        untracked(() => {
          this.items.set([]);
          this.unread.set(0);
        });
      }
    });
    inject(DestroyRef).onDestroy(() => reconnections.unsubscribe());
  }

  async reload(): Promise<void> {
    try {
      const [list, count] = await Promise.all([
        firstValueFrom(this.api.listNotifications({ limit: NOTIFICATIONS_SHOWN })),
        firstValueFrom(this.api.getNotificationUnreadCount()),
      ]);
      this.items.set(list.items);
      this.unread.set(count.count);
      this.error.set(null);
    } catch (error) {
      this.error.set(describeFailure(error));
    }
  }

  async markRead(notification: NotificationDto): Promise<void> {
    if (notification.readAt !== null) {
      return;
    }
    const readAt = new Date().toISOString();
    this.items.update((items) => items.map((item) => (item.id === notification.id ? { ...item, readAt } : item)));
    this.unread.update((count) => Math.max(0, count - 1));
    await this.settle(firstValueFrom(this.api.markNotificationsRead({ body: { ids: [notification.id] } })));
  }

  async markAllRead(): Promise<void> {
    const readAt = new Date().toISOString();
    this.items.update((items) => items.map((item) => (item.readAt ? item : { ...item, readAt })));
    this.unread.set(0);
    await this.settle(firstValueFrom(this.api.markNotificationsRead({ body: { all: true } })));
  }

  /** A change the server refused leaves the bell as the server has it. */
  private async settle(change: Promise<void>): Promise<void> {
    try {
      await change;
    } catch (error) {
      this.error.set(describeFailure(error));
      await this.reload();
    }
  }
}
