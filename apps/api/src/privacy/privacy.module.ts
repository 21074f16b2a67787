import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { ChatModule } from '../chat/chat.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PermissionsModule } from '../permissions/permissions.module';
import { ResidentsModule } from '../portfolio/residents/residents.module';
import { UsersModule } from '../users/users.module';
import { AdminPrivacyController } from './admin-privacy.controller';
import { OwnDataController } from './own-data.controller';
import { PersonalDataExport } from './personal-data-export';
import { ResidentDataErasure } from './resident-data-erasure';
import { UserErasure } from './user-erasure';

/**
 * People's and residents' rights over their data: the export of everything stored about a person,
 * and erasure. It owns no table: each module erases and reads out what it holds.
 */
@Module({
  imports: [AuditModule, AuthModule, ChatModule, NotificationsModule, PermissionsModule, ResidentsModule, UsersModule],
  controllers: [AdminPrivacyController, OwnDataController],
  providers: [PersonalDataExport, ResidentDataErasure, UserErasure],
})
export class PrivacyModule {}
