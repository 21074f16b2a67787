import { ApiProperty } from '@nestjs/swagger';
import { PropertyFilterQueryDto } from '../view-query.dto';

export class MarketCompsQueryDto extends PropertyFilterQueryDto {}

export class MarketCompDto {
  @ApiProperty({ example: 'Elm Street Flats' })
  name!: string;

  @ApiProperty({ description: 'Distance from the property in miles', example: 1.2 })
  distanceMiles!: number;

  @ApiProperty({ example: 93.5 })
  occupancyPct!: number;

  @ApiProperty({ example: 1550 })
  averageRent!: number;
}

export class PropertyCompsDto {
  @ApiProperty({ format: 'uuid', example: '6a1f0e3c-31a4-4bd6-9f62-0c1d2e3f4a5b' })
  propertyId!: string;

  @ApiProperty({ example: 'Parkside' })
  propertyName!: string;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The property’s own average rent of current leases; null when none has one',
    example: 1683.33,
  })
  averageCurrentRent!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The property’s own units occupied or on notice, % (one decimal); null without units',
    example: 95.1,
  })
  occupancyPct!: number | null;

  @ApiProperty({ description: 'Average of the comps’ average rents', example: 1625 })
  compAverageRent!: number;

  @ApiProperty({ type: [MarketCompDto], description: 'Nearest first' })
  comps!: MarketCompDto[];
}

export class MarketCompsDto {
  @ApiProperty({ type: [PropertyCompsDto], description: 'The properties that have comps, by name' })
  items!: PropertyCompsDto[];
}
