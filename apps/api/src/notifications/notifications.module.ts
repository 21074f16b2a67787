import { Module } from '@nestjs/common';
import { NotificationInbox } from './notification-inbox';
import { NotificationPersonalData } from './notification-personal-data';
import { NotificationWriter } from './notification-writer';
import { NotificationsController } from './notifications.controller';

/** People's notifications: written by other modules in their transactions, listed and read here; owns `notifications`. */
@Module({
  controllers: [NotificationsController],
  providers: [NotificationInbox, NotificationPersonalData, NotificationWriter],
  exports: [NotificationPersonalData, NotificationWriter],
})
export class NotificationsModule {}
