import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalIsoDate, PropertyFilterQueryDto } from '../view-query.dto';

export const RISK_BANDS = ['low', 'medium', 'high'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

export class RiskQueryDto extends PropertyFilterQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    description: 'The first day of the 90-day lease window; absent: today (UTC)',
    example: '2026-10-31',
  })
  @OptionalIsoDate('asOf')
  asOf?: string;
}

export class RiskBandDto {
  @ApiProperty({
    enum: RISK_BANDS,
    enumName: 'RiskBand',
    description: 'low: score under 0.3; medium: 0.3 to under 0.6; high: 0.6 and over',
    example: 'high',
  })
  band!: RiskBand;

  @ApiProperty({ example: 42 })
  units!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: '% of the scored units (one decimal); null without any',
    example: 12.5,
  })
  pct!: number | null;
}

/** The 90 days from asOf, both included: the window of the leases a risk view counts as ending soon. */
export class LeaseWindowDto {
  @ApiProperty({ format: 'date', description: 'First day: asOf, or today (UTC)', example: '2026-10-31' })
  from!: string;

  @ApiProperty({ format: 'date', description: 'Last day (inclusive): from + 89 days', example: '2027-01-28' })
  to!: string;
}

export class RiskGaugeDto {
  @ApiProperty({
    type: LeaseWindowDto,
    description: 'The 90 days of leases ending that highRiskLeasesEnding90d counts',
  })
  leaseWindow!: LeaseWindowDto;

  @ApiProperty({ description: 'Occupied units with a risk score', example: 336 })
  scoredUnits!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Mean risk score of those units on a 0–100 scale (one decimal); null without any',
    example: 27.4,
  })
  gauge!: number | null;

  @ApiProperty({ type: [RiskBandDto], description: 'Every band, low to high' })
  bands!: RiskBandDto[];

  @ApiProperty({ description: 'High-risk units whose lease ends within leaseWindow', example: 9 })
  highRiskLeasesEnding90d!: number;
}

export class DelinquencyRiskDto extends RiskGaugeDto {
  @ApiProperty({ description: 'What the high-risk units owe now', example: 18250.75 })
  highRiskBalance!: number;
}
