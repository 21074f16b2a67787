import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthContext } from '../auth/auth-context';
import { UnitOfWork } from '../events/unit-of-work';
import { UserAccounts } from '../users/user-accounts';
import { recordScopeChange, recordTreeChange } from './access-changes';
import { FullPermissionSettings, PermissionSettingsStore } from './permission-settings.store';
import { PropertyAccessDto, UpdatePermissionSettingsDto } from './permissions.dto';
import { PropertyAccessStore } from './property-access.store';

/** An admin reading and changing one user's property scope and permission tree. */
@Injectable()
export class UserAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly accounts: UserAccounts,
    private readonly settings: PermissionSettingsStore,
    private readonly propertyAccess: PropertyAccessStore,
  ) {}

  async scope(auth: AuthContext, userId: string): Promise<PropertyAccessDto> {
    const manager = this.dataSource.manager;
    await this.accounts.memberOrFail(manager, auth.organizationId, userId);
    return { propertyIds: await this.propertyAccess.read(manager, userId) };
  }

  async setScope(auth: AuthContext, userId: string, { propertyIds }: PropertyAccessDto): Promise<PropertyAccessDto> {
    return this.unitOfWork.run(async (manager) => {
      const user = await this.accounts.memberOrFail(manager, auth.organizationId, userId);
      const before = await this.propertyAccess.read(manager, userId);
      await this.propertyAccess.replace(manager, auth.organizationId, userId, propertyIds);
      const after = await this.propertyAccess.read(manager, userId);
      recordScopeChange(manager, user, before, after);
      await this.accounts.bumpPermissionVersion(manager, userId);
      return { propertyIds: after };
    });
  }

  async permissionSettings(auth: AuthContext, userId: string): Promise<FullPermissionSettings> {
    const manager = this.dataSource.manager;
    await this.accounts.memberOrFail(manager, auth.organizationId, userId);
    return this.settings.read(manager, userId);
  }

  async updatePermissionSettings(
    auth: AuthContext,
    userId: string,
    changes: UpdatePermissionSettingsDto,
  ): Promise<FullPermissionSettings> {
    return this.unitOfWork.run(async (manager) => {
      const user = await this.accounts.memberOrFail(manager, auth.organizationId, userId);
      const before = await this.settings.read(manager, userId);
      await this.settings.merge(manager, userId, changes);
      const after = await this.settings.read(manager, userId);
      recordTreeChange(manager, user, before, after);
      await this.accounts.bumpPermissionVersion(manager, userId);
      return after;
    });
  }
}
