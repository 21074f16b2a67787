import { CellValue } from './cells/cell-type';

export interface RowBatch {
  readonly propertyIds: readonly string[];
  readonly columns: readonly (readonly (CellValue | null)[])[];
}

/** The checked values of an upload column by column, the shape the upsert's unnest() takes. */
export class CheckedRows {
  readonly propertyIds: string[] = [];
  private readonly columns: (CellValue | null)[][];
  private count = 0;

  constructor(columnCount: number) {
    this.columns = Array.from({ length: columnCount }, () => []);
  }

  get size(): number {
    return this.count;
  }

  /** `propertyId` is null for the properties dataset, whose rows are properties. */
  add(propertyId: string | null, values: readonly (CellValue | null)[]): void {
    if (propertyId !== null) {
      this.propertyIds.push(propertyId);
    }
    values.forEach((value, index) => this.columns[index]?.push(value));
    this.count += 1;
  }

  batch(start: number, end: number): RowBatch {
    return {
      propertyIds: this.propertyIds.slice(start, end),
      columns: this.columns.map((column) => column.slice(start, end)),
    };
  }
}
