import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PeriodQueryDto, PropertyFilterQueryDto } from '../view-query.dto';

export const TREND_INTERVALS = ['week', 'month'] as const;
export type TrendInterval = (typeof TREND_INTERVALS)[number];

export class OccTrendQueryDto extends IntersectionType(PropertyFilterQueryDto, PeriodQueryDto) {
  @ApiPropertyOptional({
    enum: TREND_INTERVALS,
    default: 'month',
    description: 'One point per week (starting Monday) or per calendar month',
    example: 'month',
  })
  @IsOptional()
  @IsIn(TREND_INTERVALS, { message: `interval must be one of ${TREND_INTERVALS.join(', ')}` })
  interval: TrendInterval = 'month';
}

export class OccTrendPointDto {
  @ApiProperty({
    format: 'date',
    description:
      'First day of the week (a Monday) or month within the period: from, for the first one when it starts later',
    example: '2026-10-01',
  })
  periodStart!: string;

  @ApiProperty({
    format: 'date',
    description:
      'Last day (inclusive) of the week or month within the period: to, for the last one when it ends earlier',
    example: '2026-10-31',
  })
  periodEnd!: string;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Average daily occupancy over the days of the period within from/to, weighted by unit count (one decimal); null without data',
    example: 94.6,
  })
  occupancyPct!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Average daily leased %, weighted the same way; null without data',
    example: 96.1,
  })
  leasedPct!: number | null;
}

export class OccTrendDto {
  @ApiProperty({ format: 'date', example: '2025-11-01' })
  from!: string;

  @ApiProperty({ format: 'date', example: '2026-10-31' })
  to!: string;

  @ApiProperty({ enum: TREND_INTERVALS, enumName: 'TrendInterval', example: 'month' })
  interval!: TrendInterval;

  @ApiProperty({
    type: [OccTrendPointDto],
    description: 'Every week or month of the period, oldest first, the first and last clipped to from/to',
  })
  points!: OccTrendPointDto[];
}
