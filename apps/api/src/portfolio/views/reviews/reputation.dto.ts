import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { REVIEW_SOURCES, ReviewSource } from '../../data/portfolio-values';
import { PeriodQueryDto, PropertyFilterQueryDto } from '../view-query.dto';

export class ReputationQueryDto extends IntersectionType(PropertyFilterQueryDto, PeriodQueryDto) {}

export class SourceRatingDto {
  @ApiProperty({ enum: REVIEW_SOURCES, enumName: 'ReviewSource', example: 'google' })
  source!: ReviewSource;

  @ApiProperty({ description: 'Reviews posted in the period', example: 48 })
  count!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'One decimal; null without reviews', example: 4.3 })
  averageRating!: number | null;
}

export class MonthlyRatingDto {
  @ApiProperty({ format: 'date', description: 'First day of the month', example: '2026-10-01' })
  month!: string;

  @ApiProperty({ example: 6 })
  count!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'One decimal; null without reviews', example: 4.1 })
  averageRating!: number | null;
}

export class ReputationDto {
  @ApiProperty({ format: 'date', example: '2025-11-01' })
  from!: string;

  @ApiProperty({ format: 'date', example: '2026-10-31' })
  to!: string;

  @ApiProperty({ type: [SourceRatingDto], description: 'Every source, zero when it has no reviews' })
  sources!: SourceRatingDto[];

  @ApiProperty({ description: 'Reviews posted in the period, all sources', example: 71 })
  count!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Mean rating over all sources, each weighted by its number of reviews (one decimal)',
    example: 4.2,
  })
  averageRating!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Reviews answered, % of all (one decimal); null without reviews',
    example: 81.7,
  })
  responseRatePct!: number | null;

  @ApiProperty({
    type: [MonthlyRatingDto],
    description: 'Mean rating per month of the period, oldest first; the first month counts from `from`',
  })
  trend!: MonthlyRatingDto[];
}
