import { Readable } from 'node:stream';
import { AuditEntryDto, AuditExportFormat } from './audit.dto';

const CSV_COLUMNS = [
  'id',
  'occurredAt',
  'lastOccurredAt',
  'occurrences',
  'actorId',
  'actorName',
  'action',
  'description',
  'targetType',
  'targetId',
  'outcome',
  'ip',
  'userAgent',
  'requestId',
  'details',
  'changes',
  'chainSeq',
] as const;

/** The entries as a stream of CSV (a header, then a line per entry) or JSON Lines. */
export function exportStream(entries: AsyncIterable<AuditEntryDto>, format: AuditExportFormat): Readable {
  return Readable.from(format === 'csv' ? csvLines(entries) : jsonLines(entries));
}

async function* jsonLines(entries: AsyncIterable<AuditEntryDto>): AsyncGenerator<string> {
  for await (const entry of entries) {
    yield `${JSON.stringify(entry)}\n`;
  }
}

async function* csvLines(entries: AsyncIterable<AuditEntryDto>): AsyncGenerator<string> {
  yield `${CSV_COLUMNS.join(',')}\r\n`;
  for await (const entry of entries) {
    const values: Record<(typeof CSV_COLUMNS)[number], unknown> = {
      ...entry,
      actorId: entry.actor?.id ?? null,
      actorName: entry.actor?.displayName ?? null,
      details: JSON.stringify(entry.details),
      changes: JSON.stringify(entry.changes),
    };
    yield `${CSV_COLUMNS.map((column) => csvField(values[column])).join(',')}\r\n`;
  }
}

/**
 * One CSV field, quoted when needed; text a spreadsheet would run as a formula (=, +, -, @) is
 * prefixed with an apostrophe, as a user agent or a name is anyone's to choose.
 */
function csvField(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
