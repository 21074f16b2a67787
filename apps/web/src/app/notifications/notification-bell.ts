import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router } from '@angular/router';
import type { NotificationDto } from '@ownerdash/api-client';
import { listTime } from '../chat/chat-time';
import { openAtMessage } from '../chat/message-link';
import { NOW } from '../shared/clock';
import { NotificationCenter } from './notification-center';
import { NOTIFICATION_ICONS, notificationText } from './notification-text';

/** The top bar's bell: unread notifications, the newest in a menu; one opens its conversation at its message. */
@Component({
  selector: 'od-notification-bell',
  imports: [MatBadgeModule, MatButtonModule, MatIconModule, MatMenuModule, MatTooltipModule],
  templateUrl: './notification-bell.html',
  styleUrl: './notification-bell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationBell {
  private readonly router = inject(Router);
  private readonly now = inject(NOW);
  protected readonly center = inject(NotificationCenter);

  protected readonly label = computed(() => {
    const unread = this.center.unread();
    return unread === 0 ? 'Notifications' : `Notifications, ${unread} unread`;
  });
  protected readonly badge = computed(() => (this.center.unread() > 99 ? '99+' : String(this.center.unread())));
  protected readonly rows = computed(() =>
    this.center.items().map((notification) => ({
      notification,
      text: notificationText(notification),
      icon: NOTIFICATION_ICONS[notification.type],
      when: listTime(notification.createdAt, this.now()),
    })),
  );

  protected open(notification: NotificationDto): void {
    void this.center.markRead(notification);
    void openAtMessage(this.router, notification.conversationId, notification.messageSeq);
  }
}
