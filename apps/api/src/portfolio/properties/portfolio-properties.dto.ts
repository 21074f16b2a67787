import { ApiProperty } from '@nestjs/swagger';

export class PortfolioPropertyDto {
  @ApiProperty({ format: 'uuid', example: '6a1f0e3c-31a4-4bd6-9f62-0c1d2e3f4a5b' })
  id!: string;

  @ApiProperty({ example: 'Parkside' })
  name!: string;

  @ApiProperty({ example: 'parkside' })
  slug!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Austin' })
  city!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'TX' })
  state!: string | null;

  @ApiProperty({ example: 248 })
  unitCount!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Occupancy % on the latest day; null without data',
    example: 95.2,
  })
  occupancyPct!: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Leased % on the latest day; null without data',
    example: 97.1,
  })
  leasedPct!: number | null;

  @ApiProperty({ description: 'What residents owe in total', example: 18250.4 })
  delinquentBalance!: number;

  @ApiProperty({ description: 'Work orders open or in progress', example: 12 })
  openWorkOrders!: number;
}

export class PortfolioPropertyListDto {
  @ApiProperty({ type: [PortfolioPropertyDto], description: 'Your properties by name' })
  items!: PortfolioPropertyDto[];
}
