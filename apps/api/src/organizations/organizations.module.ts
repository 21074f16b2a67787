import { Module } from '@nestjs/common';
import { PermissionsModule } from '../permissions/permissions.module';
import { Organizations } from './organizations';
import { PropertiesController } from './properties.controller';
import { PropertiesService } from './properties.service';

@Module({
  imports: [PermissionsModule],
  controllers: [PropertiesController],
  providers: [Organizations, PropertiesService],
  exports: [Organizations],
})
export class OrganizationsModule {}
