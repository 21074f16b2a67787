import { ApiProperty } from '@nestjs/swagger';
import { TAB_IDS, TabId, VIEW_IDS, ViewId } from '@ownerdash/contracts';
import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';
import { PermissionMapInput, TABS_SCHEMA, VIEWS_SCHEMA } from './permission-map.field';

const MAX_PROPERTIES = 10_000;

export class RegistryViewDto {
  @ApiProperty({ enum: VIEW_IDS, enumName: 'ViewId', example: 'delinquency.ar_table' })
  id!: ViewId;

  @ApiProperty({
    description: 'The view’s one name: its card’s heading on the dashboard and in the permission tree',
    example: 'Who owes what',
  })
  label!: string;

  @ApiProperty({ example: 'Each unit that owes money, with its resident' })
  description!: string;
}

export class RegistryTabDto {
  @ApiProperty({ enum: TAB_IDS, enumName: 'TabId', example: 'delinquency' })
  id!: TabId;

  @ApiProperty({ example: 'Delinquency' })
  label!: string;

  @ApiProperty({ type: [RegistryViewDto] })
  views!: RegistryViewDto[];
}

export class PermissionRegistryDto {
  @ApiProperty({ type: [RegistryTabDto], description: 'The dashboard tabs in navigation order, each with its views' })
  tabs!: RegistryTabDto[];
}

/** Every tab and view with its setting for one user. */
export class PermissionSettingsDto {
  @ApiProperty({ ...TABS_SCHEMA, description: 'Every tab id → whether it is switched on' })
  tabs!: Record<TabId, boolean>;

  @ApiProperty({
    ...VIEWS_SCHEMA,
    description: 'Every view id → whether it is switched on (kept while its tab is off)',
  })
  views!: Record<ViewId, boolean>;
}

/** Changes to a user's tree: only the ids named change; the others keep their setting. */
export class UpdatePermissionSettingsDto {
  @PermissionMapInput('tab')
  tabs?: Partial<Record<TabId, boolean>>;

  @PermissionMapInput('view')
  views?: Partial<Record<ViewId, boolean>>;
}

export class PropertyAccessDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'The properties the user may see; empty means every property of the organization',
    example: ['6a1f0e3c-31a4-4bd6-9f62-0c1d2e3f4a5b'],
  })
  @IsArray()
  @ArrayMaxSize(MAX_PROPERTIES)
  @IsUUID('all', { each: true, message: 'each of propertyIds must be a UUID' })
  propertyIds!: string[];
}
