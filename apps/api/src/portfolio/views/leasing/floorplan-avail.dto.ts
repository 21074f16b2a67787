import { ApiProperty } from '@nestjs/swagger';
import { PropertyFilterQueryDto } from '../view-query.dto';

export class FloorplanAvailQueryDto extends PropertyFilterQueryDto {}

export class FloorplanAvailRowDto {
  @ApiProperty({ example: 'B2' })
  floorplan!: string;

  @ApiProperty({ example: 48 })
  total!: number;

  @ApiProperty({ description: 'Units with status vacant, pre-leased or not', example: 4 })
  vacant!: number;

  @ApiProperty({ description: 'Units with status notice', example: 2 })
  notice!: number;

  @ApiProperty({
    description:
      'Vacant without a lease starting after today, plus all units on notice (a unit holds no lease after its current one)',
    example: 5,
  })
  availableToRent!: number;

  @ApiProperty({ description: 'Vacant with a signed lease starting after today', example: 1 })
  preLeased!: number;
}

export class FloorplanAvailDto {
  @ApiProperty({ type: [FloorplanAvailRowDto], description: 'One row per floorplan name, by name' })
  items!: FloorplanAvailRowDto[];
}
