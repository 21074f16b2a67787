import { Module } from '@nestjs/common';
import { NotificationInbox } from './notification-inbox';
import { NotificationPersonalData } from './notification-personal-data';
import { NotificationPreferences } from './notification-preferences';
import { NotificationPreferencesController } from './notification-preferences.controller';
import { NotificationWriter } from './notification-writer';
import { NotificationsController } from './notifications.controller';

/** People's notifications: written by other modules in their transactions, listed and read here, and each person's settings; owns `notifications` and `notification_preferences`. */
@Module({
  controllers: [NotificationPreferencesController, NotificationsController],
  providers: [NotificationInbox, NotificationPersonalData, NotificationPreferences, NotificationWriter],
  exports: [NotificationPersonalData, NotificationPreferences, NotificationWriter],
})
export class NotificationsModule {}
