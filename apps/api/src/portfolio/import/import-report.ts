/** One problem of an upload: where (line and column, when it has them) and what. */
export interface ImportRowError {
  /** CSV: the physical line (the header is line 1); JSON: the array index + 1; null for the body as a whole. */
  readonly line: number | null;
  /** The column name as the file spells it; null for a whole row or the body. */
  readonly field: string | null;
  readonly problem: string;
}

/** Why an upload was refused: the first problems and how many there were in all. */
export interface ImportReport {
  readonly rowsRead: number;
  readonly errors: readonly ImportRowError[];
  readonly errorsTotal: number;
}

/** What a finished job records: the counts of a success, or the answer given to a failure. */
export interface ImportJobReport {
  readonly inserted?: number;
  readonly updated?: number;
  readonly unchanged?: number;
  readonly statusCode?: number;
  readonly message?: string;
  readonly errors?: readonly ImportRowError[];
  readonly errorsTotal?: number;
}

/**
 * A column name taken from the file, as a report shows and stores it: the job keeps its report
 * in jsonb, which cannot hold U+0000, so a NUL character is written out as \u0000.
 */
export function reportedName(name: string): string {
  return name.replaceAll('\u0000', '\\u0000');
}

/** A report lists this many problems; a file that is wrong throughout would otherwise answer megabytes. */
export const LISTED_ERRORS_MAX = 1000;

/** The problems of an upload in line order, the first LISTED_ERRORS_MAX kept and all counted. */
export class RowErrors {
  private readonly listed: ImportRowError[] = [];
  private count = 0;

  get total(): number {
    return this.count;
  }

  add(error: ImportRowError): void {
    this.count += 1;
    if (this.listed.length < LISTED_ERRORS_MAX) {
      this.listed.push(error);
    }
  }

  report(rowsRead: number): ImportReport {
    return { rowsRead, errors: this.listed, errorsTotal: this.count };
  }
}
