import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { PeriodQueryDto, PropertyFilterQueryDto } from '../view-query.dto';

export class MarketingQueryDto extends IntersectionType(PropertyFilterQueryDto, PeriodQueryDto) {}

export class LeadSourceCountDto {
  @ApiProperty({ example: 'Zillow' })
  source!: string;

  @ApiProperty({ example: 120 })
  leads!: number;
}

export class LeadSourceShareDto extends LeadSourceCountDto {
  @ApiProperty({ description: 'Share of all leads of the period, % (one decimal)', example: 38.2 })
  sharePct!: number;
}

export class LeadSourceMonthDto {
  @ApiProperty({ format: 'date', description: 'First day of the month', example: '2026-10-01' })
  month!: string;

  @ApiProperty({ description: 'Leads of the month from all sources', example: 64 })
  total!: number;

  @ApiProperty({ type: [LeadSourceCountDto], description: 'Sources with leads that month, most leads first' })
  sources!: LeadSourceCountDto[];
}

export class MarketingDto {
  @ApiProperty({ format: 'date', example: '2025-11-01' })
  from!: string;

  @ApiProperty({ format: 'date', example: '2026-10-31' })
  to!: string;

  @ApiProperty({ description: 'Leads of the period from all sources', example: 314 })
  total!: number;

  @ApiProperty({ type: [LeadSourceShareDto], description: 'Per source over the period, most leads first' })
  sources!: LeadSourceShareDto[];

  @ApiProperty({ type: [LeadSourceMonthDto], description: 'Every month of the period, oldest first' })
  months!: LeadSourceMonthDto[];
}
