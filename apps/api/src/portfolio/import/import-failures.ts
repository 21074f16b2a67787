import { HttpStatus } from '@nestjs/common';
import { ERROR_CODES } from '@ownerdash/contracts';
import { ApiException } from '../../common/api-exception';
import { ImportReport, ImportRowError } from './import-report';

const MEBIBYTE = 1024 * 1024;

function describeBytes(bytes: number): string {
  return bytes % MEBIBYTE === 0 ? `${bytes / MEBIBYTE} MB` : `${bytes} bytes`;
}

function describeError({ line, field, problem }: ImportRowError): string {
  const where = [line === null ? undefined : `line ${line}`, field ?? undefined].filter(Boolean).join(', ');
  return where ? `${where}: ${problem}` : problem;
}

/** The upload is refused as a whole (422) and nothing was written; the report says why, line by line. */
export class ImportRejected extends ApiException {
  constructor(readonly report: ImportReport) {
    const first = report.errors[0];
    super(HttpStatus.UNPROCESSABLE_ENTITY, {
      message:
        `The file was rejected and nothing was imported: ${report.errorsTotal} ` +
        `${report.errorsTotal === 1 ? 'problem' : 'problems'} in ${report.rowsRead} rows` +
        (first ? `. The first: ${describeError(first)}` : '.'),
      code: ERROR_CODES.importRejected,
    });
  }

  /** A refusal for a problem of the body as a whole, found before any row was read. */
  static of(error: ImportRowError, rowsRead = 0): ImportRejected {
    return new ImportRejected({ rowsRead, errors: [error], errorsTotal: 1 });
  }
}

export function bodyTooLarge(maxBytes: number): ApiException {
  return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, {
    message: `The upload is larger than ${describeBytes(maxBytes)}, the most one import takes; split the file.`,
    code: ERROR_CODES.importTooLarge,
  });
}

export function tooManyRows(maxRows: number): ApiException {
  return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, {
    message: `The upload has more than ${maxRows.toLocaleString('en-US')} rows, the most one import takes; split the file.`,
    code: ERROR_CODES.importTooLarge,
  });
}
