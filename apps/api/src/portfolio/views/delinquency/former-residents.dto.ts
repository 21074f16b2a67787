import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { PageQueryDto } from '../../../common/page-query.dto';
import { COLLECTION_STATUSES, CollectionStatus } from '../../data/portfolio-values';
import { PageInfoDto } from '../page.dto';
import { sortValues } from '../sorting';
import { UnitPlaceDto } from '../unit-row.dto';
import { PropertyFilterQueryDto, SortParam } from '../view-query.dto';

export const FORMER_RESIDENT_SORT_KEYS = [
  'owedNow',
  'owedAtMoveOut',
  'movedOutOn',
  'collectionStatus',
  'propertyName',
  'unitNumber',
] as const;
export type FormerResidentSortKey = (typeof FORMER_RESIDENT_SORT_KEYS)[number];
const FORMER_RESIDENT_SORTS = sortValues(FORMER_RESIDENT_SORT_KEYS);

export class FormerResidentsQueryDto extends IntersectionType(PropertyFilterQueryDto, PageQueryDto) {
  @SortParam(FORMER_RESIDENT_SORTS, '-owedNow')
  sort: (typeof FORMER_RESIDENT_SORTS)[number] = '-owedNow';
}

/** A former resident's balance; deliberately without the resident's name. */
export class FormerResidentRowDto extends UnitPlaceDto {
  @ApiProperty({ format: 'uuid', example: '6a1f0e3c-31a4-4bd6-9f62-0c1d2e3f4a5b' })
  id!: string;

  @ApiProperty({ format: 'date', example: '2026-06-30' })
  movedOutOn!: string;

  @ApiProperty({
    description: 'What the resident left owing at move-out, whatever became of it since',
    example: 2310.5,
  })
  owedAtMoveOut!: number;

  @ApiProperty({
    description:
      'What is still owed: owedAtMoveOut while collection is in house or with an agency, 0 once it was paid or written off',
    example: 2310.5,
  })
  owedNow!: number;

  @ApiProperty({ enum: COLLECTION_STATUSES, enumName: 'CollectionStatus', example: 'agency' })
  collectionStatus!: CollectionStatus;
}

export class CollectionStatusTotalDto {
  @ApiProperty({ enum: COLLECTION_STATUSES, enumName: 'CollectionStatus', example: 'agency' })
  collectionStatus!: CollectionStatus;

  @ApiProperty({ description: 'Former residents in this status', example: 12 })
  count!: number;

  @ApiProperty({
    description:
      'What they left owing at move-out: still owed for in_house and agency, collected for paid, written off for written_off',
    example: 18420,
  })
  owedAtMoveOut!: number;
}

/**
 * Every former resident's debt is in one status, so the totals add up:
 * owedNow + collected + writtenOff = owedAtMoveOut.
 */
export class FormerResidentsDto extends PageInfoDto {
  @ApiProperty({ type: [FormerResidentRowDto] })
  items!: FormerResidentRowDto[];

  @ApiProperty({
    description: 'What all of them (every page) left owing at move-out: owedNow + collected + writtenOff',
    example: 52110.5,
  })
  owedAtMoveOut!: number;

  @ApiProperty({ description: 'Of that, still owed: collection in house or with an agency', example: 40210.5 })
  owedNow!: number;

  @ApiProperty({ description: 'Of that, collected: the debts marked paid', example: 7400 })
  collected!: number;

  @ApiProperty({ description: 'Of that, written off', example: 4500 })
  writtenOff!: number;

  @ApiProperty({
    type: [CollectionStatusTotalDto],
    description: 'Count and amount left owing at move-out per collection status; every status, zero when none',
  })
  byCollectionStatus!: CollectionStatusTotalDto[];
}
