import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthContext } from '../auth/auth-context';
import { findMemberOrFail } from '../users/organization-member';
import { FullPermissionSettings, PermissionSettingsStore } from './permission-settings.store';
import { bumpPermissionVersion } from './permission-version';
import { PropertyAccessDto, UpdatePermissionSettingsDto } from './permissions.dto';
import { PropertyAccessStore } from './property-access.store';

/** An admin reading and changing one user's property scope and permission tree. */
@Injectable()
export class UserAccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: PermissionSettingsStore,
    private readonly propertyAccess: PropertyAccessStore,
  ) {}

  async scope(auth: AuthContext, userId: string): Promise<PropertyAccessDto> {
    const manager = this.dataSource.manager;
    await findMemberOrFail(manager, auth.organizationId, userId);
    return { propertyIds: await this.propertyAccess.read(manager, userId) };
  }

  async setScope(auth: AuthContext, userId: string, { propertyIds }: PropertyAccessDto): Promise<PropertyAccessDto> {
    return this.dataSource.transaction(async (manager) => {
      await findMemberOrFail(manager, auth.organizationId, userId);
      await this.propertyAccess.replace(manager, auth.organizationId, userId, propertyIds);
      await bumpPermissionVersion(manager, userId);
      return { propertyIds: await this.propertyAccess.read(manager, userId) };
    });
  }

  async permissionSettings(auth: AuthContext, userId: string): Promise<FullPermissionSettings> {
    const manager = this.dataSource.manager;
    await findMemberOrFail(manager, auth.organizationId, userId);
    return this.settings.read(manager, userId);
  }

  async updatePermissionSettings(
    auth: AuthContext,
    userId: string,
    changes: UpdatePermissionSettingsDto,
  ): Promise<FullPermissionSettings> {
    return this.dataSource.transaction(async (manager) => {
      await findMemberOrFail(manager, auth.organizationId, userId);
      await this.settings.merge(manager, userId, changes);
      await bumpPermissionVersion(manager, userId);
      return this.settings.read(manager, userId);
    });
  }
}
