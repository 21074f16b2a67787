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

/** Said of the personal fields, which are stored encrypted and decrypted for the answer. */
export const PERSONAL_DATA =
  'Personal data (encrypted at rest); null when none is stored or when it cannot be decrypted';

export const PERSONAL_DATA_UNAVAILABLE =
  'True when a personal field of the row is stored but could not be decrypted (its key is not in the ' +
  'server’s key ring, or the stored value was altered): those fields are null, and the server logged why';

/** A unit row with its resident's contact details: only for the views whose purpose needs them. */
export class ResidentUnitRowDto extends UnitRowDto {
  @ApiProperty({ type: String, nullable: true, description: PERSONAL_DATA, example: 'Jordan Avery' })
  residentName!: string | null;

  @ApiProperty({ type: String, nullable: true, description: PERSONAL_DATA, example: 'jordan.avery@example.com' })
  residentEmail!: string | null;

  @ApiProperty({ type: String, nullable: true, description: PERSONAL_DATA, example: '(555) 014-2231' })
  residentPhone!: string | null;

  @ApiProperty({ description: PERSONAL_DATA_UNAVAILABLE, example: false })
  personalDataUnavailable!: boolean;
}
