import { HttpStatus, Injectable } from '@nestjs/common';
import { ERROR_CODES } from '@ownerdash/contracts';
import { DataSource, In } from 'typeorm';
import { AuthContext } from '../auth/auth-context';
import { Sessions } from '../auth/sessions';
import { ApiException } from '../common/api-exception';
import { definedFields } from '../common/defined-fields';
import { UnitOfWork } from '../events/unit-of-work';
import { Property } from '../organizations/property.entity';
import { recordScopeChange, recordTreeChange } from '../permissions/access-changes';
import { PermissionSettingsStore } from '../permissions/permission-settings.store';
import { PresetsService } from '../permissions/presets.service';
import { PropertyAccessStore } from '../permissions/property-access.store';
import { refuseErased, UserAccounts } from '../users/user-accounts';
import { AdminUserDto, CredentialsDeliveryDto, ResetUserPasswordDto, UpdateUserDto } from './admin-users.dto';
import { InvitationsService } from './invitations.service';
import { TeamDirectoryService } from './team-directory.service';

/** An admin changing an existing account: name, role, active state, password, sessions, preset. */
@Injectable()
export class AccountAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly accounts: UserAccounts,
    private readonly sessions: Sessions,
    private readonly invitations: InvitationsService,
    private readonly settings: PermissionSettingsStore,
    private readonly propertyAccess: PropertyAccessStore,
    private readonly presets: PresetsService,
    private readonly directory: TeamDirectoryService,
  ) {}

  async describe(auth: AuthContext, userId: string): Promise<AdminUserDto> {
    await this.accounts.memberOrFail(this.dataSource.manager, auth.organizationId, userId);
    return this.directory.describe(this.dataSource.manager, userId);
  }

  /**
   * Renaming changes nothing else. A new role or active state takes effect at once (the
   * permission version moves); deactivation also ends every session.
   */
  async update(auth: AuthContext, userId: string, changes: UpdateUserDto): Promise<AdminUserDto> {
    if (Object.keys(definedFields(changes)).length === 0) {
      throw new ApiException(HttpStatus.BAD_REQUEST, {
        message: 'Nothing to change: send at least one of displayName, role and isActive.',
        code: ERROR_CODES.validationFailed,
      });
    }
    return this.unitOfWork.run(async (manager) => {
      const user = await this.accounts.memberOrFail(manager, auth.organizationId, userId);
      await this.accounts.update(manager, user, changes);
      if (changes.isActive === false && user.isActive) {
        await this.sessions.revokeAllOfUser(manager, user.id, 'deactivated');
      }
      return this.directory.describe(manager, user.id);
    });
  }

  async resetPassword(
    auth: AuthContext,
    userId: string,
    { delivery }: ResetUserPasswordDto,
  ): Promise<CredentialsDeliveryDto> {
    return this.unitOfWork.run(async (manager) => {
      const user = await this.accounts.memberOrFail(manager, auth.organizationId, userId);
      refuseErased(user);
      const credentials = await this.invitations.issueCredentials(manager, auth, user, delivery);
      await this.sessions.revokeAllOfUser(manager, user.id, 'password-reset');
      return credentials;
    });
  }

  async signOutEverywhere(auth: AuthContext, userId: string): Promise<void> {
    await this.unitOfWork.run(async (manager) => {
      await this.accounts.memberOrFail(manager, auth.organizationId, userId);
      await this.sessions.revokeAllOfUser(manager, userId, 'signed-out-by-admin');
    });
  }

  /**
   * Gives the user the preset's role and permission tree, and its scope when it has one.
   * Properties deleted since the preset was saved are skipped.
   */
  async applyPreset(auth: AuthContext, userId: string, presetId: string): Promise<AdminUserDto> {
    return this.unitOfWork.run(async (manager) => {
      const user = await this.accounts.memberOrFail(manager, auth.organizationId, userId);
      refuseErased(user);
      const preset = await this.presets.findOrFail(manager, auth.organizationId, presetId);
      await this.accounts.update(manager, user, { role: preset.role });
      const treeBefore = await this.settings.read(manager, user.id);
      await this.settings.replace(manager, user.id, preset);
      recordTreeChange(manager, user, treeBefore, await this.settings.read(manager, user.id));
      if (preset.propertyIds !== null) {
        const existing =
          preset.propertyIds.length === 0
            ? []
            : await manager.findBy(Property, { organizationId: auth.organizationId, id: In(preset.propertyIds) });
        const scopeBefore = await this.propertyAccess.read(manager, user.id);
        await this.propertyAccess.replace(
          manager,
          auth.organizationId,
          user.id,
          existing.map((property) => property.id),
        );
        recordScopeChange(manager, user, scopeBefore, await this.propertyAccess.read(manager, user.id));
      }
      await this.accounts.bumpPermissionVersion(manager, user.id);
      return this.directory.describe(manager, user.id);
    });
  }
}
