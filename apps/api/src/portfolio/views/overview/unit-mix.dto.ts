import { ApiProperty } from '@nestjs/swagger';
import { UnitStatus } from '../../data/portfolio-values';
import { UnitRowDto } from '../unit-row.dto';
import { PropertyFilterQueryDto } from '../view-query.dto';

export class UnitMixQueryDto extends PropertyFilterQueryDto {}

export class UnitMixRowDto {
  @ApiProperty({ example: 'B2' })
  floorplan!: string;

  @ApiProperty({ description: 'Bedroom count; 0 is a studio', example: 2 })
  bedrooms!: number;

  @ApiProperty({ example: 2 })
  bathrooms!: number;

  @ApiProperty({ example: 48 })
  units!: number;

  @ApiProperty({ description: 'Average square feet (one decimal)', example: 1012.5 })
  avgSquareFeet!: number;

  @ApiProperty({ description: 'Average market rent', example: 2066.67 })
  avgMarketRent!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Average rent of the current leases; null when no unit has one',
    example: 2125,
  })
  avgCurrentRent!: number | null;

  @ApiProperty({ description: 'Market rent per square foot: total market rent over total square feet', example: 2.07 })
  marketRentPerSqFt!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Current rent per square foot over the units with a current lease; null when none has one',
    example: 2.13,
  })
  currentRentPerSqFt!: number | null;

  @ApiProperty({ description: 'Occupied or on notice, % of units (one decimal)', example: 95.8 })
  occupancyPct!: number;
}

export class UnitMixDto {
  @ApiProperty({
    type: [UnitMixRowDto],
    description: 'One row per floorplan (with its bedrooms and bathrooms), fewest bedrooms first',
  })
  items!: UnitMixRowDto[];
}

/** One unit as the mix counts it (a chat reference's unit): no resident data. */
export interface UnitFiguresDto extends UnitRowDto {
  readonly floorplan: string;
  readonly bedrooms: number;
  readonly squareFeet: number;
  readonly status: UnitStatus;
  readonly marketRent: number;
  readonly currentRent: number | null;
  readonly leaseEnd: string | null;
}
