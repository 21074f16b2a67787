import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import {
  CURRENT_REFERENCES_MAX,
  CurrentReferenceAnswer,
  REFERENCE_TYPES,
  ReferenceType,
  SNAPSHOT_REFERENCE_TYPES,
  SnapshotReferenceType,
} from '@ownerdash/contracts';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from 'class-validator';
import {
  ChartSnapshotDto,
  KPI_SNAPSHOT_EXAMPLE,
  KpiSnapshotDto,
  PropertySnapshotDto,
  RestrictedReferenceDto,
  SNAPSHOT_SCHEMAS,
  TableRowSnapshotDto,
  UnitSnapshotDto,
} from './reference.dto';

export class CurrentReferencesRequestDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: CURRENT_REFERENCES_MAX,
    description: 'Messages with a reference, e.g. those of the page of a thread on screen',
    example: ['0b5e3a52-7f0d-4d8e-9a51-3c1f2e4d5a6b'],
  })
  @IsArray({ message: 'messageIds must be a list' })
  @ArrayMinSize(1, { message: 'messageIds must name at least one message' })
  @ArrayMaxSize(CURRENT_REFERENCES_MAX, { message: `messageIds may name at most ${CURRENT_REFERENCES_MAX} messages` })
  @IsUUID('all', { each: true, message: 'each of messageIds must be a message id' })
  messageIds!: string[];
}

/** The item as it stands now: the same shape as the snapshot taken when it was shared. */
export class CurrentReferenceDto {
  @ApiProperty({ enum: SNAPSHOT_REFERENCE_TYPES, example: 'kpi' })
  type!: SnapshotReferenceType;

  @ApiProperty({ example: 'parkside:occupancy_pct' })
  id!: string;

  @ApiProperty({ example: 'Parkside · Occupancy' })
  label!: string;

  @ApiProperty({
    oneOf: SNAPSHOT_SCHEMAS,
    description: 'Taken now, through your rights; its shape follows type',
    example: KPI_SNAPSHOT_EXAMPLE,
  })
  snapshot!: PropertySnapshotDto | KpiSnapshotDto | UnitSnapshotDto | ChartSnapshotDto | TableRowSnapshotDto;
}

/** The item no longer exists: a unit gone, a debt paid off, a lease no longer ending in the window. */
export class MissingReferenceDto {
  @ApiProperty({ enum: REFERENCE_TYPES, enumName: 'ReferenceType', example: 'table_row' })
  type!: ReferenceType;

  @ApiProperty({ example: 'parkside:delinquency.ar_table:204' })
  id!: string;

  @ApiProperty({ enum: [true], example: true })
  missing!: true;
}

@ApiExtraModels(CurrentReferenceDto, MissingReferenceDto, RestrictedReferenceDto)
export class CurrentReferenceItemDto {
  @ApiProperty({ format: 'uuid', example: '0b5e3a52-7f0d-4d8e-9a51-3c1f2e4d5a6b' })
  messageId!: string;

  @ApiProperty({
    oneOf: [
      { $ref: getSchemaPath(CurrentReferenceDto) },
      { $ref: getSchemaPath(RestrictedReferenceDto) },
      { $ref: getSchemaPath(MissingReferenceDto) },
    ],
    description: 'Restricted when you may not see the item now (its property or view), as in the message',
    example: {
      type: 'kpi',
      id: 'parkside:occupancy_pct',
      label: 'Parkside · Occupancy',
      snapshot: KPI_SNAPSHOT_EXAMPLE,
    },
  })
  reference!: CurrentReferenceAnswer;
}

export class CurrentReferencesDto {
  @ApiProperty({
    type: [CurrentReferenceItemDto],
    description: 'One per message asked for that you may read, has a reference and is not deleted; others are left out',
  })
  items!: CurrentReferenceItemDto[];
}
