import { CellValue } from './cells/cell-type';
import { CheckedRows } from './checked-rows';
import { fileColumns, ImportColumn, ImportDataset, PROPERTY_SLUG } from './datasets/import-dataset';
import { reportedName, RowErrors } from './import-report';
import { SourceRow } from './reading/source-row';

type Cells = Readonly<Record<string, unknown>>;

const KEY_SEPARATOR = '\u001f';
const NUL = '\u0000';

/** A sent value as text (CSV cells are text, JSON numbers are written out), null when blank, undefined when neither. */
function cellText(raw: unknown): string | null | undefined {
  if (raw === null || raw === undefined) {
    return null;
  }
  if (typeof raw === 'number') {
    return String(raw);
  }
  if (typeof raw !== 'string') {
    return undefined;
  }
  const text = raw.trim();
  return text === '' ? null : text;
}

/**
 * Checks each row of an upload against its dataset: its columns, each value's type and range,
 * that its property is one of the caller's organization, that its natural key is not repeated
 * in the file. Checked values are kept for the writer only while the file is clean: after the
 * first problem nothing will be written, and later rows are only checked for the report.
 */
export class RowValidator {
  readonly errors = new RowErrors();
  readonly rows: CheckedRows;
  private readonly expected: ReadonlySet<string>;
  private readonly keyLines = new Map<string, number>();

  constructor(
    private readonly dataset: ImportDataset,
    /** The organization's property ids by slug: another organization's slug reads as unknown, revealing nothing. */
    private readonly propertyIds: ReadonlyMap<string, string>,
  ) {
    this.rows = new CheckedRows(dataset.columns.length);
    this.expected = new Set(fileColumns(dataset));
  }

  check(row: SourceRow): void {
    if ('unreadable' in row) {
      this.errors.add({ line: row.line, field: null, problem: row.unreadable });
      return;
    }
    const { line, cells } = row;
    const errorsBefore = this.errors.total;
    this.checkColumnNames(line, cells);
    const slug = this.dataset.owner === 'property' ? this.text(line, cells, PROPERTY_SLUG, true) : null;
    const propertyId = slug === null ? null : (this.propertyIds.get(slug) ?? null);
    if (slug !== null && propertyId === null) {
      this.errors.add({ line, field: PROPERTY_SLUG, problem: 'is not the slug of a property of your organization' });
    }
    const values = this.dataset.columns.map((column) => this.value(line, cells, column));
    if (this.errors.total > errorsBefore) {
      return;
    }
    const checked = new Map<string, CellValue | null>(
      this.dataset.columns.map((column, index) => [column.name, values[index] ?? null]),
    );
    checked.set(PROPERTY_SLUG, slug);
    const crossProblem = this.dataset.checkRow?.(checked);
    if (crossProblem) {
      this.errors.add({ line, ...crossProblem });
      return;
    }
    if (this.isRepeatedKey(line, checked) || this.errors.total > 0) {
      return;
    }
    this.rows.add(propertyId, values);
  }

  /** A JSON row may leave a column out or add one; a CSV row has the header's columns, checked once. */
  private checkColumnNames(line: number, cells: Cells): void {
    for (const name of this.expected) {
      if (!Object.hasOwn(cells, name)) {
        this.errors.add({ line, field: name, problem: 'is missing (send null for no value)' });
      }
    }
    for (const name of Object.keys(cells)) {
      if (!this.expected.has(name)) {
        this.errors.add({ line, field: reportedName(name), problem: 'is not a column of this dataset' });
      }
    }
  }

  /** The cell's text, or null when it is blank, absent (reported already) or not text. */
  private text(line: number, cells: Cells, name: string, required: boolean): string | null {
    if (!Object.hasOwn(cells, name)) {
      return null;
    }
    const text = cellText(cells[name]);
    if (text === undefined) {
      this.errors.add({ line, field: name, problem: 'must be text or a number' });
      return null;
    }
    // PostgreSQL's text cannot hold U+0000: refused here, whatever the column's type.
    if (text?.includes(NUL)) {
      this.errors.add({ line, field: name, problem: 'must not contain the NUL character (U+0000)' });
      return null;
    }
    if (text === null && required) {
      this.errors.add({ line, field: name, problem: 'is required' });
    }
    return text;
  }

  private value(line: number, cells: Cells, column: ImportColumn): CellValue | null {
    const text = this.text(line, cells, column.name, column.required);
    if (text === null) {
      return column.whenEmpty;
    }
    const result = column.type.parse(text);
    if ('problem' in result) {
      this.errors.add({ line, field: column.name, problem: result.problem });
      return null;
    }
    return result.value;
  }

  private isRepeatedKey(line: number, checked: ReadonlyMap<string, CellValue | null>): boolean {
    const key = this.dataset.naturalKey.map((name) => String(checked.get(name))).join(KEY_SEPARATOR);
    const firstLine = this.keyLines.get(key);
    if (firstLine === undefined) {
      this.keyLines.set(key, line);
      return false;
    }
    this.errors.add({
      line,
      field: this.dataset.naturalKey.join(', '),
      problem: `repeats the key of line ${firstLine}: each key may appear once in a file`,
    });
    return true;
  }
}
