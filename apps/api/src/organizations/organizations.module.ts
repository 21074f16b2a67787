import { Module } from '@nestjs/common';
import { PermissionsModule } from '../permissions/permissions.module';
import { PropertiesController } from './properties.controller';
import { PropertiesService } from './properties.service';

@Module({
  imports: [PermissionsModule],
  controllers: [PropertiesController],
  providers: [PropertiesService],
})
export class OrganizationsModule {}
