import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PermissionsModule } from '../permissions/permissions.module';
import { UsersModule } from '../users/users.module';
import { AccountAdminService } from './account-admin.service';
import { AdminUsersController } from './admin-users.controller';
import { InvitationsService } from './invitations.service';
import { TeamDirectoryService } from './team-directory.service';

/**
 * Administrators managing their team: invitations, roles, deactivation, resets, presets applied.
 * It owns no table: accounts, sessions and permissions change through the modules that own them.
 */
@Module({
  imports: [AuthModule, PermissionsModule, UsersModule],
  controllers: [AdminUsersController],
  providers: [AccountAdminService, InvitationsService, TeamDirectoryService],
})
export class TeamModule {}
