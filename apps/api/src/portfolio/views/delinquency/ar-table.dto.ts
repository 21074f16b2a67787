import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageInfoDto } from '../page.dto';
import { sortValues } from '../sorting';
import { PageQueryDto, PropertyFilterQueryDto } from '../view-query.dto';

export const AR_TABLE_SORT_KEYS = ['balance', 'daysPastDue', 'unitNumber', 'propertyName', 'residentName'] as const;
export type ArTableSortKey = (typeof AR_TABLE_SORT_KEYS)[number];
const AR_TABLE_SORTS = sortValues(AR_TABLE_SORT_KEYS);

export const AGING_BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

export class ArTableQueryDto extends IntersectionType(PropertyFilterQueryDto, PageQueryDto) {
  @ApiPropertyOptional({
    enum: AR_TABLE_SORTS,
    default: '-balance',
    description: 'Sort key; a leading - sorts descending',
    example: '-balance',
  })
  @IsOptional()
  @IsIn(AR_TABLE_SORTS, { message: `sort must be one of ${AR_TABLE_SORTS.join(', ')}` })
  sort: (typeof AR_TABLE_SORTS)[number] = '-balance';
}

export class ArRowDto {
  @ApiProperty({ format: 'uuid', example: '6a1f0e3c-31a4-4bd6-9f62-0c1d2e3f4a5b' })
  unitId!: string;

  @ApiProperty({ format: 'uuid', example: '6a1f0e3c-31a4-4bd6-9f62-0c1d2e3f4a5b' })
  propertyId!: string;

  @ApiProperty({ example: 'Parkside' })
  propertyName!: string;

  @ApiProperty({ example: '2-204' })
  unitNumber!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Personal data', example: 'Jordan Avery' })
  residentName!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Personal data', example: 'jordan.avery@example.com' })
  residentEmail!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Personal data', example: '(555) 014-2231' })
  residentPhone!: string | null;

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
