import { Readable } from 'node:stream';
import { CsvError, Info, parse } from 'csv-parse';
import { ImportRejected } from '../import-failures';
import { ImportRowError, reportedName } from '../import-report';
import { SourceRow } from './source-row';
import { notUtf8, utf8Chunks } from './utf8-check';

interface ParsedRecord {
  readonly record: string[];
  readonly info: Info;
}

/** Explanations for the ways a CSV can be malformed, in integrators' words rather than the parser's. */
const MALFORMED: Readonly<Record<string, string>> = {
  CSV_INVALID_CLOSING_QUOTE:
    'a quoted value is followed by other characters: quote the whole value and double any quote inside it',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE:
    'a quoted value is followed by other characters: quote the whole value and double any quote inside it',
  INVALID_OPENING_QUOTE: 'a quote opens in the middle of a value: quote the whole value and double any quote inside it',
  CSV_QUOTE_NOT_CLOSED: 'a quoted value is never closed',
};

function malformed(error: CsvError): ImportRejected {
  const line = typeof error['lines'] === 'number' ? error['lines'] : null;
  return ImportRejected.of({
    line,
    field: null,
    problem: `The CSV is malformed: ${MALFORMED[error.code] ?? error.message}`,
  });
}

/** The header's names, refused with every column that is missing, unknown or repeated. */
function checkedHeader(names: readonly string[], line: number, expected: readonly string[]): string[] {
  const header = names.map((name) => name.trim());
  const errors: ImportRowError[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) {
      errors.push({ line, field: reportedName(name), problem: 'appears more than once in the header' });
    } else if (!expected.includes(name)) {
      errors.push({
        line,
        field: reportedName(name),
        problem: `is not a column of this dataset (its columns: ${expected.join(', ')})`,
      });
    }
    seen.add(name);
  }
  for (const name of expected.filter((column) => !seen.has(column))) {
    errors.push({ line, field: name, problem: 'is missing from the header' });
  }
  if (errors.length > 0) {
    throw new ImportRejected({ rowsRead: 0, errors, errorsTotal: errors.length });
  }
  return header;
}

/**
 * The rows of a CSV body, parsed as the chunks arrive, once each is known to be UTF-8. The first
 * record is the header, which must name exactly the dataset's columns, in any order. Line numbers
 * are physical lines, so a quoted value spanning lines and skipped blank lines keep them true to
 * the file.
 */
export async function* csvRows(chunks: AsyncIterable<Buffer>, expected: readonly string[]): AsyncGenerator<SourceRow> {
  const source = Readable.from(utf8Chunks(chunks, (line, byte) => notUtf8(line, byte, 'on this line')));
  const parser = source.pipe(
    parse({
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n'],
    }),
  );
  source.on('error', (error) => parser.destroy(error));
  let header: string[] | undefined;
  let previousLine = 0;
  let previousEmptyLines = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<ParsedRecord>) {
      // The parser tells where a record ends; it starts after the previous one and any blank lines between.
      const line = previousLine + 1 + (info.empty_lines - previousEmptyLines);
      previousLine = info.lines;
      previousEmptyLines = info.empty_lines;
      if (!header) {
        header = checkedHeader(record, line, expected);
      } else if (record.length !== header.length) {
        const count = `${record.length} ${record.length === 1 ? 'value' : 'values'}`;
        yield { line, unreadable: `has ${count} where the header has ${header.length}` };
      } else {
        const columns = header;
        yield { line, cells: Object.fromEntries(record.map((cell, index) => [columns[index], cell])) };
      }
    }
  } catch (error) {
    throw error instanceof CsvError ? malformed(error) : error;
  } finally {
    source.destroy();
  }
  if (!header) {
    throw ImportRejected.of({
      line: 1,
      field: null,
      problem: `The CSV has no header row; its columns: ${expected.join(', ')}`,
    });
  }
}
