import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Organization } from './organization.entity';
import { Property } from './property.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Organization, Property])],
  exports: [TypeOrmModule],
})
export class OrganizationsModule {}
