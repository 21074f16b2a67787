import { FieldColumns } from '../../field-encryption/personal-fields';
import { encryptedColumn } from '../data/encrypted-columns';
import { ResidentUnitRowDto } from './unit-row.dto';

/** Where the contact details of a `ResidentUnitRowDto` are stored (encrypted): the unit's resident columns. */
export const RESIDENT_CONTACT_COLUMNS: FieldColumns<ResidentUnitRowDto> = {
  residentName: encryptedColumn('units', 'resident_name'),
  residentEmail: encryptedColumn('units', 'resident_email'),
  residentPhone: encryptedColumn('units', 'resident_phone'),
};
