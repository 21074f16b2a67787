import { Module } from '@nestjs/common';
import { NotificationInbox } from './notification-inbox';
import { NotificationWriter } from './notification-writer';
import { NotificationsController } from './notifications.controller';

/** People's notifications: written by other modules in their transactions, listed and read here; owns `notifications`. */
@Module({
  controllers: [NotificationsController],
  providers: [NotificationInbox, NotificationWriter],
  exports: [NotificationWriter],
})
export class NotificationsModule {}
