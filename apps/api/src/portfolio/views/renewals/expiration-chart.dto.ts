import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalIsoDate, PropertyFilterQueryDto } from '../view-query.dto';

export class ExpirationChartQueryDto extends PropertyFilterQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    description: 'The chart covers the 12 months starting with this day’s month; absent: today (UTC)',
    example: '2026-11-01',
  })
  @OptionalIsoDate('asOf')
  asOf?: string;
}

export class ExpirationMonthDto {
  @ApiProperty({ format: 'date', description: 'First day of the month', example: '2027-01-01' })
  month!: string;

  @ApiProperty({ description: 'Leases of occupied or notice units ending that month', example: 21 })
  expiring!: number;

  @ApiProperty({ description: 'Of those, renewed', example: 9 })
  renewed!: number;

  @ApiProperty({ description: 'Of those, vacating or the unit on notice', example: 4 })
  vacating!: number;

  @ApiProperty({ description: 'Of those, no decision yet', example: 8 })
  pending!: number;
}

export class ExpirationChartDto {
  @ApiProperty({ format: 'date', description: 'First day of the first month', example: '2026-11-01' })
  from!: string;

  @ApiProperty({ format: 'date', description: 'Last day of the twelfth month', example: '2027-10-31' })
  to!: string;

  @ApiProperty({
    type: [ExpirationMonthDto],
    description: 'Twelve months, oldest first; the first month is whole, including leases that ended before asOf',
  })
  months!: ExpirationMonthDto[];
}
