import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalIsoDate, PropertyFilterQueryDto } from '../view-query.dto';

export class KpiTilesQueryDto extends PropertyFilterQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    description: 'The day to report (each property’s latest day up to it); absent: each property’s latest day',
    example: '2026-10-31',
  })
  @OptionalIsoDate('asOf')
  asOf?: string;
}

export class KpiValueDto {
  @ApiProperty({ description: 'The value on the reported day', example: 94.6 })
  value!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Change against 30 days earlier (percentage points for percentages); null without data then',
    example: 0.8,
  })
  change30d!: number | null;
}

export class KpiTilesDto {
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'The latest day reported across the properties; null when there is no data',
    example: '2026-10-31',
  })
  asOf!: string | null;

  @ApiProperty({ description: 'Properties with data', example: 3 })
  properties!: number;

  @ApiProperty({ description: 'Units of those properties', example: 742 })
  units!: number;

  @ApiProperty({ type: KpiValueDto, description: 'Occupied units, % of units (weighted by unit count)' })
  occupancyPct!: KpiValueDto;

  @ApiProperty({ type: KpiValueDto, description: 'Leased units, % of units (weighted by unit count)' })
  leasedPct!: KpiValueDto;

  @ApiProperty({ type: KpiValueDto, description: 'Vacant units, % of units' })
  vacancyPct!: KpiValueDto;

  @ApiProperty({ type: KpiValueDto, description: 'Vacant units' })
  vacantUnits!: KpiValueDto;

  @ApiProperty({ type: KpiValueDto, description: 'Units on notice' })
  noticeUnits!: KpiValueDto;

  @ApiProperty({ type: KpiValueDto, description: 'Available to rent: vacant or on notice, not yet leased' })
  availableToRent!: KpiValueDto;
}
