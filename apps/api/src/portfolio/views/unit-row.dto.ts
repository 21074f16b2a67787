import { ApiProperty } from '@nestjs/swagger';

/** Where a row's unit is: the columns every unit-level table starts with. */
export class UnitPlaceDto {
  @ApiProperty({ format: 'uuid', example: '6a1f0e3c-31a4-4bd6-9f62-0c1d2e3f4a5b' })
  propertyId!: string;

  @ApiProperty({ example: 'Parkside' })
  propertyName!: string;

  @ApiProperty({ example: '2-204' })
  unitNumber!: string;
}

/** Which unit a table row is about. */
export class UnitRowDto extends UnitPlaceDto {
  @ApiProperty({ format: 'uuid', example: '6a1f0e3c-31a4-4bd6-9f62-0c1d2e3f4a5b' })
  unitId!: string;
}

/** A unit row with its resident's contact details: only for the views whose purpose needs them. */
export class ResidentUnitRowDto extends UnitRowDto {
  @ApiProperty({ type: String, nullable: true, description: 'Personal data', example: 'Jordan Avery' })
  residentName!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Personal data', example: 'jordan.avery@example.com' })
  residentEmail!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Personal data', example: '(555) 014-2231' })
  residentPhone!: string | null;
}
