import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { PeriodQueryDto, PropertyFilterQueryDto } from '../view-query.dto';
import { FunnelCountsDto } from './funnel.dto';

export class ConversionsQueryDto extends IntersectionType(PropertyFilterQueryDto, PeriodQueryDto) {}

/** Rates compare the stage counts of the same period, not a cohort of leads followed through. */
export class ConversionRatesDto extends FunnelCountsDto {
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Tours ÷ leads, % (one decimal); null without leads',
    example: 33.5,
  })
  leadToTourPct!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Applications ÷ tours, %; null without tours',
    example: 44.2,
  })
  tourToApplicationPct!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Leases signed ÷ applications, %; null without applications',
    example: 72.1,
  })
  applicationToLeasePct!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Leases signed ÷ leads, %; null without leads',
    example: 10.7,
  })
  leadToLeasePct!: number | null;
}

export class MonthlyConversionDto extends ConversionRatesDto {
  @ApiProperty({ format: 'date', description: 'First day of the month', example: '2026-10-01' })
  month!: string;
}

export class ConversionsDto {
  @ApiProperty({ format: 'date', example: '2025-11-01' })
  from!: string;

  @ApiProperty({ format: 'date', example: '2026-10-31' })
  to!: string;

  @ApiProperty({ type: ConversionRatesDto, description: 'The whole period' })
  overall!: ConversionRatesDto;

  @ApiProperty({
    type: [MonthlyConversionDto],
    description: 'Every month of the period (days within from/to only), oldest first',
  })
  months!: MonthlyConversionDto[];
}
