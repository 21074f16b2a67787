import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { PageQueryDto } from '../../../common/page-query.dto';
import { PageInfoDto } from '../page.dto';
import { sortValues } from '../sorting';
import { UnitRowDto } from '../unit-row.dto';
import { PeriodQueryDto, PropertyFilterQueryDto, SortParam } from '../view-query.dto';

export const TRADE_OUT_SORT_KEYS = [
  'leaseStart',
  'change',
  'changePct',
  'previousRent',
  'newRent',
  'unitNumber',
  'propertyName',
] as const;
export type TradeOutSortKey = (typeof TRADE_OUT_SORT_KEYS)[number];
const TRADE_OUT_SORTS = sortValues(TRADE_OUT_SORT_KEYS);

export class TradeOutsQueryDto extends IntersectionType(PropertyFilterQueryDto, PeriodQueryDto, PageQueryDto) {
  @SortParam(TRADE_OUT_SORTS, '-leaseStart')
  sort: (typeof TRADE_OUT_SORTS)[number] = '-leaseStart';
}

export class TradeOutRowDto extends UnitRowDto {
  @ApiProperty({ example: 'B2' })
  floorplan!: string;

  @ApiProperty({ format: 'date', description: 'Start of the new lease', example: '2026-10-01' })
  leaseStart!: string;

  @ApiProperty({ description: 'Rent of the lease before', example: 1400 })
  previousRent!: number;

  @ApiProperty({ description: 'Rent of the new lease', example: 1450 })
  newRent!: number;

  @ApiProperty({ description: 'New rent minus previous rent', example: 50 })
  change!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Change as % of the previous rent (one decimal); null when the previous rent was 0',
    example: 3.6,
  })
  changePct!: number | null;
}

export class TradeOutsDto extends PageInfoDto {
  @ApiProperty({ format: 'date', example: '2026-08-03' })
  from!: string;

  @ApiProperty({ format: 'date', example: '2026-10-31' })
  to!: string;

  @ApiProperty({ type: [TradeOutRowDto] })
  items!: TradeOutRowDto[];

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Average change in dollars over all rows (every page); null without rows',
    example: 42.5,
  })
  averageChange!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Average of the rows’ change % (every page, one decimal); null without rows',
    example: 2.4,
  })
  averageChangePct!: number | null;
}
