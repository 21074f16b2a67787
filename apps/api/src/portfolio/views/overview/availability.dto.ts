import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { PeriodQueryDto, PropertyFilterQueryDto } from '../view-query.dto';

export class AvailabilityQueryDto extends IntersectionType(PropertyFilterQueryDto, PeriodQueryDto) {}

/**
 * The units as they stand now. A unit row holds only its current lease, so a unit on notice
 * cannot show a lease signed after it: every unit on notice counts as unrented.
 */
export class AvailabilityBucketsDto {
  @ApiProperty({ description: 'Vacant, without a lease starting after today: ready to rent', example: 6 })
  vacantReady!: number;

  @ApiProperty({ description: 'Vacant, with a signed lease starting after today', example: 2 })
  vacantPreLeased!: number;

  @ApiProperty({ description: 'Down (out of service) or model: not rentable', example: 1 })
  downOrModel!: number;

  @ApiProperty({
    description: 'On notice; the data holds no lease after the current one, so all count as unrented',
    example: 4,
  })
  noticeUnrented!: number;

  @ApiProperty({ description: 'Available to rent now: vacantReady + noticeUnrented', example: 10 })
  availableToRent!: number;
}

export class AtrPointDto {
  @ApiProperty({ format: 'date', example: '2026-10-31' })
  date!: string;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Available to rent that day, summed over the properties with data that day; null when none has',
    example: 11,
  })
  availableToRent!: number | null;

  @ApiProperty({ description: 'Properties with data that day', example: 3 })
  properties!: number;
}

export class AvailabilityDto {
  @ApiProperty({ type: AvailabilityBucketsDto, description: 'Availability now, from the units' })
  now!: AvailabilityBucketsDto;

  @ApiProperty({ format: 'date', example: '2026-08-03' })
  from!: string;

  @ApiProperty({ format: 'date', example: '2026-10-31' })
  to!: string;

  @ApiProperty({ type: [AtrPointDto], description: 'Every day of from/to, oldest first, from the daily metrics' })
  trend!: AtrPointDto[];
}
