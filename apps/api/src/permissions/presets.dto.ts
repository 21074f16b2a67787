import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { Role, ROLES, TabId, ViewId } from '@ownerdash/contracts';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { Optional } from '../common/optional';
import { NonBlankText } from '../common/text-input';
import { PermissionMapInput } from './permission-map.field';

const NAME_MAX_LENGTH = 80;

const TABS_PROPERTY: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: { type: 'boolean' },
  description: 'Tab id → visible; tabs not named are visible',
  example: { financials: false },
};

const VIEWS_PROPERTY: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: { type: 'boolean' },
  description: 'View id → visible; views not named are visible',
  example: { 'delinquency.ar_table': false },
};

const PROPERTY_IDS_PROPERTY: ApiPropertyOptions = {
  type: [String],
  format: 'uuid',
  nullable: true,
  description: 'Property scope to give: null leaves a user’s scope as it is, an empty list means every property',
  example: null,
};

/** Optional, nullable: null (or absent) leaves a user's scope alone when the preset is applied. */
function PresetScopeInput(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional(PROPERTY_IDS_PROPERTY),
    ValidateIf((_object, value) => value !== null),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(10_000),
    IsUUID('all', { each: true, message: 'each of propertyIds must be a UUID' }),
  );
}

export class PresetDto {
  @ApiProperty({ format: 'uuid', example: '3c9d2f4e-7b1a-4e0f-9a2b-5c6d7e8f9a0b' })
  id!: string;

  @ApiProperty({ example: 'Property manager' })
  name!: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role', example: 'user' })
  role!: Role;

  @ApiProperty(TABS_PROPERTY)
  tabs!: Partial<Record<TabId, boolean>>;

  @ApiProperty(VIEWS_PROPERTY)
  views!: Partial<Record<ViewId, boolean>>;

  @ApiProperty(PROPERTY_IDS_PROPERTY)
  propertyIds!: string[] | null;

  @ApiProperty({ format: 'date-time', example: '2026-11-22T09:30:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-22T09:30:00.000Z' })
  updatedAt!: string;
}

export class PresetListDto {
  @ApiProperty({ type: [PresetDto] })
  items!: PresetDto[];
}

export class CreatePresetDto {
  @ApiProperty({ maxLength: NAME_MAX_LENGTH, example: 'Property manager' })
  @NonBlankText(NAME_MAX_LENGTH)
  name!: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role', example: 'user' })
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role!: Role;

  @PermissionMapInput('tab', TABS_PROPERTY.description)
  tabs?: Partial<Record<TabId, boolean>>;

  @PermissionMapInput('view', VIEWS_PROPERTY.description)
  views?: Partial<Record<ViewId, boolean>>;

  @PresetScopeInput()
  propertyIds?: string[] | null;
}

export class UpdatePresetDto {
  @ApiPropertyOptional({ maxLength: NAME_MAX_LENGTH, example: 'Regional manager' })
  @Optional()
  @NonBlankText(NAME_MAX_LENGTH)
  name?: string;

  @ApiPropertyOptional({ enum: ROLES, enumName: 'Role', example: 'user' })
  @Optional()
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role?: Role;

  @PermissionMapInput('tab', 'Replaces the preset’s tab settings')
  tabs?: Partial<Record<TabId, boolean>>;

  @PermissionMapInput('view', 'Replaces the preset’s view settings')
  views?: Partial<Record<ViewId, boolean>>;

  @PresetScopeInput()
  propertyIds?: string[] | null;
}

export class ApplyPresetDto {
  @ApiProperty({ format: 'uuid', example: '3c9d2f4e-7b1a-4e0f-9a2b-5c6d7e8f9a0b' })
  @IsUUID('all', { message: 'presetId must be a UUID' })
  presetId!: string;
}
