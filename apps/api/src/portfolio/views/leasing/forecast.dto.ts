import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalIsoDate, PropertyFilterQueryDto } from '../view-query.dto';

export class ForecastQueryDto extends PropertyFilterQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    description: 'The day the forecast starts from; absent: today (UTC)',
    example: '2026-11-01',
  })
  @OptionalIsoDate('asOf')
  asOf?: string;
}

export class ForecastWeekDto {
  @ApiProperty({ description: '1 to 13', example: 1 })
  week!: number;

  @ApiProperty({ format: 'date', description: 'The day after asOf, then every 7 days', example: '2026-11-02' })
  weekStart!: string;

  @ApiProperty({ format: 'date', description: 'Last day of the week (inclusive)', example: '2026-11-08' })
  weekEnd!: string;

  @ApiProperty({
    description:
      'Residents expected to leave this week: lease ends this week (or has already ended) and the unit is on notice or its renewal status is vacating',
    example: 3,
  })
  moveOuts!: number;

  @ApiProperty({ description: 'Vacant units whose signed lease starts this week', example: 2 })
  moveIns!: number;

  @ApiProperty({ description: 'Occupied units at the end of the week', example: 412 })
  projectedOccupied!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'projectedOccupied as % of units (one decimal); null without units',
    example: 94.7,
  })
  projectedOccupancyPct!: number | null;
}

export class ForecastDto {
  @ApiProperty({ format: 'date', example: '2026-11-01' })
  asOf!: string;

  @ApiProperty({ example: 435 })
  units!: number;

  @ApiProperty({ description: 'Units occupied or on notice now (the units’ current status)', example: 413 })
  occupiedNow!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'occupiedNow as % of units; null without units',
    example: 94.9,
  })
  occupancyPctNow!: number | null;

  @ApiProperty({
    type: [ForecastWeekDto],
    description:
      'Thirteen weeks after asOf. Method: start from the units occupied or on notice now; each week subtract the leases ending that week that will not renew (unit on notice, or renewal status vacating; leases already past their end count in week 1) and add the vacant units whose signed lease starts that week. Leases pending renewal, renewed, or without an end date are assumed to stay; no unsigned leasing is projected.',
  })
  weeks!: ForecastWeekDto[];
}
