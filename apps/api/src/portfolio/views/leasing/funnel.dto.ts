import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { PeriodQueryDto, PropertyFilterQueryDto } from '../view-query.dto';

export class FunnelQueryDto extends IntersectionType(PropertyFilterQueryDto, PeriodQueryDto) {}

export class FunnelCountsDto {
  @ApiProperty({ example: 412 })
  leads!: number;

  @ApiProperty({ example: 138 })
  tours!: number;

  @ApiProperty({ example: 61 })
  applications!: number;

  @ApiProperty({ example: 44 })
  leasesSigned!: number;
}

export class FunnelDto {
  @ApiProperty({ format: 'date', example: '2026-10-02' })
  from!: string;

  @ApiProperty({ format: 'date', example: '2026-10-31' })
  to!: string;

  @ApiProperty({ type: FunnelCountsDto, description: 'Sums over from/to' })
  current!: FunnelCountsDto;

  @ApiProperty({
    format: 'date',
    description: 'First day of the previous period of equal length',
    example: '2026-09-02',
  })
  previousFrom!: string;

  @ApiProperty({ format: 'date', description: 'The day before from', example: '2026-10-01' })
  previousTo!: string;

  @ApiProperty({ type: FunnelCountsDto, description: 'Sums over previousFrom/previousTo' })
  previous!: FunnelCountsDto;
}
