import { ChatNotification } from '@ownerdash/contracts';
import { DomainEvent } from '../events/domain-event';

/** Notifications were written: each goes to its person's sockets, wherever they are connected. */
export class NotificationsCreated extends DomainEvent {
  readonly name = 'notifications.created';

  constructor(readonly notifications: readonly { readonly userId: string; readonly notification: ChatNotification }[]) {
    super();
  }
}
