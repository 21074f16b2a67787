import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AuthContext } from '../auth/auth-context';
import { Sessions } from '../auth/sessions';
import { Property } from '../organizations/property.entity';
import { PermissionSettingsStore } from '../permissions/permission-settings.store';
import { bumpPermissionVersion } from '../permissions/permission-version';
import { PresetsService } from '../permissions/presets.service';
import { PropertyAccessStore } from '../permissions/property-access.store';
import { AdminUserDto, CredentialsDeliveryDto, ResetUserPasswordDto, UpdateUserDto } from './admin-users.dto';
import { InvitationsService } from './invitations.service';
import { keepAnActiveAdmin } from './last-admin';
import { findMemberOrFail } from './organization-member';
import { TeamDirectoryService } from './team-directory.service';
import { User } from './user.entity';

/** An admin changing an existing account: name, role, active state, password, sessions, preset. */
@Injectable()
export class AccountAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: Sessions,
    private readonly invitations: InvitationsService,
    private readonly settings: PermissionSettingsStore,
    private readonly propertyAccess: PropertyAccessStore,
    private readonly presets: PresetsService,
    private readonly directory: TeamDirectoryService,
  ) {}

  async describe(auth: AuthContext, userId: string): Promise<AdminUserDto> {
    await findMemberOrFail(this.dataSource.manager, auth.organizationId, userId);
    return this.directory.describe(this.dataSource.manager, userId);
  }

  /**
   * Renaming changes nothing else. A new role or active state takes effect at once (the
   * permission version moves); deactivation also ends every session. The organization
   * always keeps an active administrator.
   */
  async update(auth: AuthContext, userId: string, changes: UpdateUserDto): Promise<AdminUserDto> {
    return this.dataSource.transaction(async (manager) => {
      const user = await findMemberOrFail(manager, auth.organizationId, userId);
      const demoted = changes.role !== undefined && changes.role !== user.role && changes.role !== 'admin';
      const deactivated = changes.isActive === false && user.isActive;
      if (demoted || deactivated) {
        await keepAnActiveAdmin(manager, user);
      }
      await manager.update(User, { id: user.id }, changes);
      if (
        (changes.role !== undefined && changes.role !== user.role) ||
        (changes.isActive ?? user.isActive) !== user.isActive
      ) {
        await bumpPermissionVersion(manager, user.id);
      }
      if (deactivated) {
        await this.sessions.revokeAllOfUser(user.id, 'deactivated', { manager });
      }
      return this.directory.describe(manager, user.id);
    });
  }

  async resetPassword(
    auth: AuthContext,
    userId: string,
    { delivery }: ResetUserPasswordDto,
  ): Promise<CredentialsDeliveryDto> {
    const credentials = await this.dataSource.transaction(async (manager) => {
      const user = await findMemberOrFail(manager, auth.organizationId, userId);
      const prepared = await this.invitations.prepareCredentials(manager, auth, user, delivery);
      await this.sessions.revokeAllOfUser(user.id, 'password-reset', { manager });
      return prepared;
    });
    return this.invitations.deliver(credentials);
  }

  async signOutEverywhere(auth: AuthContext, userId: string): Promise<void> {
    await findMemberOrFail(this.dataSource.manager, auth.organizationId, userId);
    await this.sessions.revokeAllOfUser(userId, 'signed-out-by-admin');
  }

  /**
   * Gives the user the preset's role and permission tree, and its scope when it has one.
   * Properties deleted since the preset was saved are skipped.
   */
  async applyPreset(auth: AuthContext, userId: string, presetId: string): Promise<AdminUserDto> {
    return this.dataSource.transaction(async (manager) => {
      const user = await findMemberOrFail(manager, auth.organizationId, userId);
      const preset = await this.presets.findOrFail(manager, auth.organizationId, presetId);
      if (preset.role !== user.role) {
        if (preset.role !== 'admin') {
          await keepAnActiveAdmin(manager, user);
        }
        await manager.update(User, { id: user.id }, { role: preset.role });
      }
      await this.settings.replace(manager, user.id, preset);
      if (preset.propertyIds !== null) {
        const existing =
          preset.propertyIds.length === 0
            ? []
            : await manager.findBy(Property, { organizationId: auth.organizationId, id: In(preset.propertyIds) });
        await this.propertyAccess.replace(
          manager,
          auth.organizationId,
          user.id,
          existing.map((property) => property.id),
        );
      }
      await bumpPermissionVersion(manager, user.id);
      return this.directory.describe(manager, user.id);
    });
  }
}
