import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../common/page-query.dto';
import { EVICTION_STATUSES, EvictionStatus } from '../../data/portfolio-values';
import { PageInfoDto } from '../page.dto';
import { sortValues } from '../sorting';
import { PERSONAL_DATA, PERSONAL_DATA_UNAVAILABLE, UnitPlaceDto } from '../unit-row.dto';
import { PropertyFilterQueryDto, SortParam } from '../view-query.dto';

export const EVICTION_SORT_KEYS = ['filedOn', 'closedOn', 'balance', 'status', 'propertyName', 'unitNumber'] as const;
export type EvictionSortKey = (typeof EVICTION_SORT_KEYS)[number];
const EVICTION_SORTS = sortValues(EVICTION_SORT_KEYS);

export class EvictionsQueryDto extends IntersectionType(PropertyFilterQueryDto, PageQueryDto) {
  @SortParam(EVICTION_SORTS, '-filedOn')
  sort: (typeof EVICTION_SORTS)[number] = '-filedOn';

  @ApiPropertyOptional({
    enum: EVICTION_STATUSES,
    enumName: 'EvictionStatus',
    description: 'Only cases in this status (the counts by status still cover every status)',
    example: 'filed',
  })
  @IsOptional()
  @IsIn(EVICTION_STATUSES, { message: `status must be one of ${EVICTION_STATUSES.join(', ')}` })
  status?: EvictionStatus;
}

export class EvictionRowDto extends UnitPlaceDto {
  @ApiProperty({ format: 'uuid', example: '6a1f0e3c-31a4-4bd6-9f62-0c1d2e3f4a5b' })
  id!: string;

  @ApiProperty({ description: 'The court case number', example: '2026-LT-01834' })
  caseNumber!: string;

  @ApiProperty({ type: String, nullable: true, description: PERSONAL_DATA, example: 'Jordan Avery' })
  residentName!: string | null;

  @ApiProperty({ description: PERSONAL_DATA_UNAVAILABLE, example: false })
  personalDataUnavailable!: boolean;

  @ApiProperty({ format: 'date', example: '2026-08-14' })
  filedOn!: string;

  @ApiProperty({ enum: EVICTION_STATUSES, enumName: 'EvictionStatus', example: 'judgment' })
  status!: EvictionStatus;

  @ApiProperty({ description: 'Amount owed', example: 4820 })
  balance!: number;

  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Null while the case is open',
    example: null,
  })
  closedOn!: string | null;
}

export class EvictionStatusCountDto {
  @ApiProperty({ enum: EVICTION_STATUSES, enumName: 'EvictionStatus', example: 'filed' })
  status!: EvictionStatus;

  @ApiProperty({ example: 4 })
  count!: number;
}

export class EvictionsDto extends PageInfoDto {
  @ApiProperty({ type: [EvictionRowDto] })
  items!: EvictionRowDto[];

  @ApiProperty({
    type: [EvictionStatusCountDto],
    description: 'Cases per status over the properties, whatever the status filter; every status, zero when none',
  })
  countsByStatus!: EvictionStatusCountDto[];
}
