import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { PageQueryDto } from '../../../common/page-query.dto';
import { REVIEW_SOURCES, ReviewSource } from '../../data/portfolio-values';
import { PageInfoDto } from '../page.dto';
import { sortValues } from '../sorting';
import { PeriodQueryDto, PropertyFilterQueryDto, SortParam } from '../view-query.dto';

export const REVIEW_SORT_KEYS = ['postedAt', 'rating'] as const;
export type ReviewSortKey = (typeof REVIEW_SORT_KEYS)[number];
const REVIEW_SORTS = sortValues(REVIEW_SORT_KEYS);

export class ReviewSourceQueryDto extends IntersectionType(PropertyFilterQueryDto, PeriodQueryDto, PageQueryDto) {
  @SortParam(REVIEW_SORTS, '-postedAt')
  sort: (typeof REVIEW_SORTS)[number] = '-postedAt';
}

export class ReviewRowDto {
  @ApiProperty({ format: 'uuid', example: '6a1f0e3c-31a4-4bd6-9f62-0c1d2e3f4a5b' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '6a1f0e3c-31a4-4bd6-9f62-0c1d2e3f4a5b' })
  propertyId!: string;

  @ApiProperty({ example: 'Parkside' })
  propertyName!: string;

  @ApiProperty({ minimum: 1, maximum: 5, example: 4 })
  rating!: number;

  @ApiProperty({ description: 'The reviewer’s public display name at the source', example: 'Sam K.' })
  author!: string;

  @ApiProperty({ example: 'Quick maintenance, friendly office.' })
  text!: string;

  @ApiProperty({ format: 'date-time', example: '2026-10-12T15:04:00.000Z' })
  postedAt!: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the property answered; null if it has not',
    example: '2026-10-13T09:30:00.000Z',
  })
  respondedAt!: string | null;

  @ApiProperty({ example: true })
  responded!: boolean;
}

export class ReviewSourceDto extends PageInfoDto {
  @ApiProperty({ enum: REVIEW_SOURCES, enumName: 'ReviewSource', example: 'google' })
  source!: ReviewSource;

  @ApiProperty({ format: 'date', example: '2025-11-01' })
  from!: string;

  @ApiProperty({ format: 'date', example: '2026-10-31' })
  to!: string;

  @ApiProperty({ type: [ReviewRowDto], description: 'Reviews posted in the period' })
  items!: ReviewRowDto[];

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Mean rating of the period’s reviews (one decimal); null without reviews',
    example: 4.2,
  })
  averageRating!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Reviews answered, % of the period’s reviews (one decimal); null without reviews',
    example: 86.4,
  })
  responseRatePct!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Mean hours from posting to answer, over answered reviews (one decimal); null without any',
    example: 18.5,
  })
  meanResponseHours!: number | null;
}
