import { ApiProperty } from '@nestjs/swagger';

export class PropertySummaryDto {
  @ApiProperty({ format: 'uuid', example: '6a1f0e3c-31a4-4bd6-9f62-0c1d2e3f4a5b' })
  id!: string;

  @ApiProperty({ example: 'Parkside' })
  name!: string;

  @ApiProperty({ example: 'parkside' })
  slug!: string;
}

export class PropertyListDto {
  @ApiProperty({ type: [PropertySummaryDto] })
  items!: PropertySummaryDto[];
}
