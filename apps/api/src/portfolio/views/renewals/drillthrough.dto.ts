import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../common/page-query.dto';
import { RENEWAL_STATUSES, RenewalStatus } from '../../data/portfolio-values';
import { PageInfoDto } from '../page.dto';
import { sortValues } from '../sorting';
import { ResidentUnitRowDto } from '../unit-row.dto';
import { PeriodQueryDto, PropertyFilterQueryDto, SortParam } from '../view-query.dto';

/** Not by resident name: it is stored encrypted, so the database cannot order by it (docs/architecture.md). */
export const DRILLTHROUGH_SORT_KEYS = [
  'leaseEnd',
  'unitNumber',
  'propertyName',
  'currentRent',
  'marketRent',
  'renewalStatus',
] as const;
export type DrillthroughSortKey = (typeof DRILLTHROUGH_SORT_KEYS)[number];
const DRILLTHROUGH_SORTS = sortValues(DRILLTHROUGH_SORT_KEYS);

/** from/to default to the next 90 days from today, both included: leases ending ahead. */
export class RenewalDrillthroughQueryDto extends IntersectionType(
  PropertyFilterQueryDto,
  PeriodQueryDto,
  PageQueryDto,
) {
  @ApiPropertyOptional({
    enum: RENEWAL_STATUSES,
    description: 'Only the leases with this renewal status; absent: all',
    example: 'pending',
  })
  @IsOptional()
  @IsIn(RENEWAL_STATUSES, { message: `status must be one of ${RENEWAL_STATUSES.join(', ')}` })
  status?: RenewalStatus;

  @SortParam(DRILLTHROUGH_SORTS, 'leaseEnd')
  sort: (typeof DRILLTHROUGH_SORTS)[number] = 'leaseEnd';
}

export class RenewalRowDto extends ResidentUnitRowDto {
  @ApiProperty({ format: 'date', example: '2027-01-31' })
  leaseEnd!: string;

  @ApiProperty({ type: Number, nullable: true, example: 1625 })
  currentRent!: number | null;

  @ApiProperty({ example: 1700 })
  marketRent!: number;

  @ApiProperty({
    enum: RENEWAL_STATUSES,
    enumName: 'RenewalStatus',
    description: 'vacating when the unit is on notice or the resident is vacating; pending without a decision',
    example: 'pending',
  })
  renewalStatus!: RenewalStatus;
}

export class RenewalStatusCountDto {
  @ApiProperty({ enum: RENEWAL_STATUSES, enumName: 'RenewalStatus', example: 'pending' })
  status!: RenewalStatus;

  @ApiProperty({ example: 12 })
  count!: number;
}

export class RenewalDrillthroughDto extends PageInfoDto {
  @ApiProperty({ format: 'date', description: 'First day of the window: from, or today (UTC)', example: '2026-11-01' })
  from!: string;

  @ApiProperty({
    format: 'date',
    description: 'Last day of the window (inclusive): to, or the 90th day from from (from + 89 days)',
    example: '2027-01-29',
  })
  to!: string;

  @ApiProperty({ type: [RenewalRowDto] })
  items!: RenewalRowDto[];

  @ApiProperty({
    type: [RenewalStatusCountDto],
    description:
      'Leases ending in the window per renewal status, whatever the status filter; every status, zero when none',
  })
  countsByStatus!: RenewalStatusCountDto[];
}
