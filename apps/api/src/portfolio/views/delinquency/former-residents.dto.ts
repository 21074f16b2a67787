import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { PageQueryDto } from '../../../common/page-query.dto';
import { COLLECTION_STATUSES, CollectionStatus } from '../../data/portfolio-values';
import { PageInfoDto } from '../page.dto';
import { sortValues } from '../sorting';
import { UnitPlaceDto } from '../unit-row.dto';
import { PropertyFilterQueryDto, SortParam } from '../view-query.dto';

export const FORMER_RESIDENT_SORT_KEYS = [
  'balance',
  'movedOutOn',
  'collectionStatus',
  'propertyName',
  'unitNumber',
] as const;
export type FormerResidentSortKey = (typeof FORMER_RESIDENT_SORT_KEYS)[number];
const FORMER_RESIDENT_SORTS = sortValues(FORMER_RESIDENT_SORT_KEYS);

export class FormerResidentsQueryDto extends IntersectionType(PropertyFilterQueryDto, PageQueryDto) {
  @SortParam(FORMER_RESIDENT_SORTS, '-balance')
  sort: (typeof FORMER_RESIDENT_SORTS)[number] = '-balance';
}

/** A former resident's balance; deliberately without the resident's name. */
export class FormerResidentRowDto extends UnitPlaceDto {
  @ApiProperty({ format: 'uuid', example: '6a1f0e3c-31a4-4bd6-9f62-0c1d2e3f4a5b' })
  id!: string;

  @ApiProperty({ format: 'date', example: '2026-06-30' })
  movedOutOn!: string;

  @ApiProperty({ description: 'Amount still owed', example: 2310.5 })
  balance!: number;

  @ApiProperty({ enum: COLLECTION_STATUSES, enumName: 'CollectionStatus', example: 'agency' })
  collectionStatus!: CollectionStatus;
}

export class CollectionStatusTotalDto {
  @ApiProperty({ enum: COLLECTION_STATUSES, enumName: 'CollectionStatus', example: 'agency' })
  collectionStatus!: CollectionStatus;

  @ApiProperty({ description: 'Former residents in this status', example: 12 })
  count!: number;

  @ApiProperty({ description: 'What they owe', example: 18420 })
  balance!: number;
}

export class FormerResidentsDto extends PageInfoDto {
  @ApiProperty({ type: [FormerResidentRowDto] })
  items!: FormerResidentRowDto[];

  @ApiProperty({ description: 'Sum of the balances of all rows (every page)', example: 40210.5 })
  totalBalance!: number;

  @ApiProperty({
    type: [CollectionStatusTotalDto],
    description: 'Count and balance per collection status; every status, zero when none',
  })
  byCollectionStatus!: CollectionStatusTotalDto[];
}
