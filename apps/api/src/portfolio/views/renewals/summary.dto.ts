import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { PeriodQueryDto, PropertyFilterQueryDto } from '../view-query.dto';

/** from/to default to the next 90 days from today, both included: leases ending ahead. */
export class RenewalSummaryQueryDto extends IntersectionType(PropertyFilterQueryDto, PeriodQueryDto) {}

export class RenewalSummaryDto {
  @ApiProperty({ format: 'date', description: 'First day of the window: from, or today (UTC)', example: '2026-11-01' })
  from!: string;

  @ApiProperty({
    format: 'date',
    description: 'Last day of the window (inclusive): to, or the 90th day from from (from + 89 days)',
    example: '2027-01-29',
  })
  to!: string;

  @ApiProperty({ description: 'Leases of occupied or notice units ending within from/to', example: 58 })
  expiring!: number;

  @ApiProperty({ description: 'Of those, renewal status renewed', example: 31 })
  renewed!: number;

  @ApiProperty({ description: 'Of those, renewal status vacating or the unit on notice', example: 12 })
  vacating!: number;

  @ApiProperty({ description: 'Of those, no decision yet (pending or not recorded)', example: 15 })
  pending!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Renewed ÷ expiring, % (one decimal); null when no lease ends in the window',
    example: 53.4,
  })
  renewalRatePct!: number | null;
}
