import { ApiProperty } from '@nestjs/swagger';
import { PropertyFilterQueryDto } from '../view-query.dto';
import { AGING_BUCKETS, AgingBucket } from './ar-table.dto';

export class DelinquencySummaryQueryDto extends PropertyFilterQueryDto {}

export class AgingBucketTotalDto {
  @ApiProperty({ enum: AGING_BUCKETS, enumName: 'AgingBucket', example: '31-60' })
  bucket!: AgingBucket;

  @ApiProperty({ description: 'Units owing money with this many days past due', example: 7 })
  units!: number;

  @ApiProperty({ description: 'What those units owe', example: 9120.4 })
  balance!: number;
}

export class DelinquencySummaryDto {
  @ApiProperty({ type: [AgingBucketTotalDto], description: 'Every aging bucket, youngest first, zero when empty' })
  buckets!: AgingBucketTotalDto[];

  @ApiProperty({ description: 'Units with a balance over zero', example: 31 })
  delinquentUnits!: number;

  @ApiProperty({ description: 'Sum of the balances over zero', example: 48210.75 })
  totalBalance!: number;

  @ApiProperty({ description: 'Units in the properties', example: 742 })
  totalUnits!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Delinquent units, % of units (one decimal); null without units',
    example: 4.2,
  })
  delinquentUnitsPct!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Total balance, % of the monthly scheduled rent (the current rents of the units lived in; one decimal); null without rent roll',
    example: 3.6,
  })
  balancePctOfScheduledRent!: number | null;
}
