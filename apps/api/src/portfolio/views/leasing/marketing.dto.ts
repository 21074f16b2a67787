import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { PeriodQueryDto, PropertyFilterQueryDto } from '../view-query.dto';

export class MarketingQueryDto extends IntersectionType(PropertyFilterQueryDto, PeriodQueryDto) {}

/** The source of the leads of a property's month that has no lead-source counts. */
export const UNRECORDED_SOURCE = 'Not recorded';

export class LeadSourceCountDto {
  @ApiProperty({
    description: `The source; "${UNRECORDED_SOURCE}" for leads of a property's month without lead-source counts`,
    example: 'Zillow',
  })
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

  @ApiProperty({ description: 'Leads of the month’s days within from/to, from all sources', example: 64 })
  total!: number;

  @ApiProperty({
    type: [LeadSourceCountDto],
    description: `Sources with leads those days, most leads first, "${UNRECORDED_SOURCE}" last`,
  })
  sources!: LeadSourceCountDto[];
}

/**
 * Leads of the period's days, as the funnel counts them (the daily metrics), by source. Sources
 * are counted per month, so each property's leads of a month are split by that month's mix of
 * sources: exactly the recorded counts for a month the period covers whole, a proportional share
 * for a month it covers in part. Counts are whole, and add up to the month's and the period's leads.
 */
export class MarketingDto {
  @ApiProperty({ format: 'date', description: 'First day of the period (inclusive)', example: '2025-11-01' })
  from!: string;

  @ApiProperty({ format: 'date', description: 'Last day of the period (inclusive)', example: '2026-10-31' })
  to!: string;

  @ApiProperty({
    description: 'Leads of the period from all sources: the funnel’s leads for the same days',
    example: 314,
  })
  total!: number;

  @ApiProperty({
    type: [LeadSourceShareDto],
    description: `Per source over the period, most leads first, "${UNRECORDED_SOURCE}" last`,
  })
  sources!: LeadSourceShareDto[];

  @ApiProperty({
    type: [LeadSourceMonthDto],
    description: 'Every month of the period (its days within from/to only), oldest first',
  })
  months!: LeadSourceMonthDto[];
}
