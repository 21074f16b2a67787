import { DestroyRef, inject, Injectable } from '@angular/core';
import { Router } from '@angular/router';
import { mentionedUserIds } from '@ownerdash/contracts';
import { NotificationCenter } from '../notifications/notification-center';
import { NotificationSettings } from '../notifications/notification-preferences';
import { notificationText } from '../notifications/notification-text';
import { LazySnackBar } from '../shared/lazy-snack-bar';
import { ChatDrawerState } from './chat-drawer-state';
import { ChatInbox } from './chat-inbox';
import { ChatStore } from './chat-store';
import { openAtMessage } from './message-link';
import { previewOf } from './message-preview';

/** How long a toast about a new message stays. */
const TOAST_MS = 6_000;

/**
 * Toasts, unless the user turned them off in their settings. One for each new message from
 * someone else that arrives while its conversation is not on screen, whose action opens the
 * thread in the drawer; and one for each mention of the user (from its notification), even in a
 * conversation on screen or muted, whose action opens the chat page at the message. A message
 * that mentions the user has only the mention's toast. Started by the shell.
 */
@Injectable({ providedIn: 'root' })
export class ChatToasts {
  private readonly store = inject(ChatStore);
  private readonly inbox = inject(ChatInbox);
  private readonly notifications = inject(NotificationCenter);
  private readonly settings = inject(NotificationSettings);
  private readonly snackBar = inject(LazySnackBar);
  private readonly drawer = inject(ChatDrawerState);
  private readonly router = inject(Router);
  private started = false;

  start(destroyRef: DestroyRef): void {
    if (this.started) {
      return;
    }
    this.started = true;
    const arrivals = this.store.arrived$.subscribe(({ message, conversationTitle }) => {
      const mentionsMe = mentionedUserIds(message.content).includes(this.store.myId());
      if (!this.settings.preferences().toasts || mentionsMe || this.store.isViewing(message.conversationId)) {
        return;
      }
      const preview = previewOf(message, this.store.myId());
      const where = message.sender?.displayName === conversationTitle ? '' : ` in ${conversationTitle}`;
      this.toast(`${preview}${where}`, () => {
        if (this.router.url.startsWith('/chat')) {
          void this.router.navigate(['/chat', message.conversationId]);
        } else {
          this.drawer.open(message.conversationId);
        }
      });
    });
    const mentions = this.notifications.arrived$.subscribe((notification) => {
      if (notification.type !== 'mention' || !this.settings.preferences().toasts) {
        return;
      }
      const title = this.inbox
        .conversations()
        .find((conversation) => conversation.id === notification.conversationId)?.title;
      this.toast(`${notificationText(notification)}${title ? ` in ${title}` : ''}`, () => {
        void this.notifications.markRead(notification);
        void openAtMessage(this.router, notification.conversationId, notification.messageSeq);
      });
    });
    destroyRef.onDestroy(() => {
      arrivals.unsubscribe();
      mentions.unsubscribe();
      this.started = false;
    });
  }

  private toast(text: string, open: () => void): void {
    void this.snackBar
      .open(text, 'Open', { duration: TOAST_MS, politeness: 'polite' })
      .then((toast) => toast.onAction().subscribe(open));
  }
}
