import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { PageQueryDto } from '../../../common/page-query.dto';
import { PageInfoDto } from '../page.dto';
import { sortValues } from '../sorting';
import { ResidentUnitRowDto } from '../unit-row.dto';
import { PropertyFilterQueryDto, SortParam } from '../view-query.dto';

/** Not by resident name: it is stored encrypted, so the database cannot order by it (docs/architecture.md). */
export const AR_TABLE_SORT_KEYS = ['balance', 'daysPastDue', 'unitNumber', 'propertyName'] as const;
export type ArTableSortKey = (typeof AR_TABLE_SORT_KEYS)[number];
const AR_TABLE_SORTS = sortValues(AR_TABLE_SORT_KEYS);

export const AGING_BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

export class ArTableQueryDto extends IntersectionType(PropertyFilterQueryDto, PageQueryDto) {
  @SortParam(AR_TABLE_SORTS, '-balance')
  sort: (typeof AR_TABLE_SORTS)[number] = '-balance';
}

export class ArRowDto extends ResidentUnitRowDto {
  @ApiProperty({ description: 'Amount owed', example: 1840.5 })
  balance!: number;

  @ApiProperty({ example: 42 })
  daysPastDue!: number;

  @ApiProperty({ enum: AGING_BUCKETS, enumName: 'AgingBucket', example: '31-60' })
  agingBucket!: AgingBucket;

  @ApiProperty({ type: Number, nullable: true, example: 1625 })
  currentRent!: number | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2027-03-31' })
  leaseEnd!: string | null;
}

export class ArTableDto extends PageInfoDto {
  @ApiProperty({ type: [ArRowDto] })
  items!: ArRowDto[];

  @ApiProperty({ description: 'Sum of the balances of all rows (every page)', example: 48210.75 })
  totalBalance!: number;
}
