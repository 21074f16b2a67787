import type { NotificationDto } from '@ownerdash/api-client';

/** What a notification says, as a sentence: "Sarah Miller mentioned you". */
export function notificationText(notification: NotificationDto): string {
  const who = notification.actor?.displayName ?? 'Someone';
  switch (notification.type) {
    case 'mention':
      return `${who} mentioned you`;
    case 'message_received':
      return `${who} sent a message`;
    case 'added_to_conversation':
      return `${who} added you to a conversation`;
  }
}

export const NOTIFICATION_ICONS: Readonly<Record<NotificationDto['type'], string>> = {
  mention: 'alternate_email',
  message_received: 'chat',
  added_to_conversation: 'group_add',
};
