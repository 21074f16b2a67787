import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { PeriodQueryDto, PropertyFilterQueryDto } from '../view-query.dto';

export class MoveOutQueryDto extends IntersectionType(PropertyFilterQueryDto, PeriodQueryDto) {}

export class MoveOutReasonDto {
  @ApiProperty({ example: 'Relocation' })
  reason!: string;

  @ApiProperty({ description: 'Move-outs for this reason', example: 18 })
  moveOuts!: number;

  @ApiProperty({ description: 'Share of all move-outs of the period, % (one decimal)', example: 27.3 })
  sharePct!: number;
}

export class MoveOutDto {
  @ApiProperty({ format: 'date', example: '2025-11-01' })
  from!: string;

  @ApiProperty({ format: 'date', example: '2026-10-31' })
  to!: string;

  @ApiProperty({ description: 'Move-outs of the period for all reasons', example: 66 })
  total!: number;

  @ApiProperty({ type: [MoveOutReasonDto], description: 'Most move-outs first' })
  reasons!: MoveOutReasonDto[];
}
