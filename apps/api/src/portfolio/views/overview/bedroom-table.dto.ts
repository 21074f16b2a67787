import { ApiProperty } from '@nestjs/swagger';
import { PropertyFilterQueryDto } from '../view-query.dto';

export class BedroomTableQueryDto extends PropertyFilterQueryDto {}

export class BedroomCountsDto {
  @ApiProperty({ example: 120 })
  units!: number;

  @ApiProperty({ description: 'Units with status occupied', example: 108 })
  occupied!: number;

  @ApiProperty({ description: 'Units with status vacant', example: 7 })
  vacant!: number;

  @ApiProperty({ description: 'Units with status notice', example: 5 })
  notice!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Occupied or on notice, % of units (one decimal); null without units',
    example: 94.2,
  })
  occupancyPct!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Average square feet (one decimal)', example: 812.5 })
  avgSquareFeet!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Average market rent', example: 1625.4 })
  avgMarketRent!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Average rent of the current leases; null when no unit has one',
    example: 1580.25,
  })
  avgCurrentRent!: number | null;
}

export class BedroomRowDto extends BedroomCountsDto {
  @ApiProperty({ description: 'Bedroom count; 0 is a studio', example: 2 })
  bedrooms!: number;
}

export class BedroomTableDto {
  @ApiProperty({ type: [BedroomRowDto], description: 'One row per bedroom count, fewest bedrooms first' })
  items!: BedroomRowDto[];

  @ApiProperty({ type: BedroomCountsDto, description: 'All units together' })
  total!: BedroomCountsDto;
}
