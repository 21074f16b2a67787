import { Injectable } from '@nestjs/common';

export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 500_000;

/** The most one import takes. A provider, so that a test can lower them rather than upload 50 MB. */
@Injectable()
export class ImportLimits {
  readonly maxBytes: number = IMPORT_MAX_BYTES;
  readonly maxRows: number = IMPORT_MAX_ROWS;
}
