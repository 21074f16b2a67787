import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { EffectivePermissionsService } from './effective-permissions';
import { PermissionRegistryController } from './permission-registry.controller';
import { PermissionSettingsStore } from './permission-settings.store';
import { PresetsController } from './presets.controller';
import { PresetsService } from './presets.service';
import { PropertyAccessStore } from './property-access.store';
import { UserAccessController } from './user-access.controller';
import { UserAccessService } from './user-access.service';

@Module({
  imports: [UsersModule],
  controllers: [PermissionRegistryController, UserAccessController, PresetsController],
  providers: [
    EffectivePermissionsService,
    PermissionSettingsStore,
    PresetsService,
    PropertyAccessStore,
    UserAccessService,
  ],
  exports: [EffectivePermissionsService, PermissionSettingsStore, PresetsService, PropertyAccessStore],
})
export class PermissionsModule {}
