import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MailModule } from '../mail/mail.module';
import { PermissionsModule } from '../permissions/permissions.module';
import { AccountAdminService } from './account-admin.service';
import { AdminUsersController } from './admin-users.controller';
import { InvitationsService } from './invitations.service';
import { ProfileController } from './profile.controller';
import { ProfileService } from './profile.service';
import { TeamDirectoryService } from './team-directory.service';

@Module({
  imports: [AuthModule, MailModule, PermissionsModule],
  controllers: [AdminUsersController, ProfileController],
  providers: [AccountAdminService, InvitationsService, ProfileService, TeamDirectoryService],
})
export class UsersModule {}
