import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatPaginatorModule } from '@angular/material/paginator';
import { TABLE_PAGE_SIZES, TablePages } from './paged-table';

/** The paginator under a table, driving its `TablePages` (or server-side `PagedTable`) state. */
@Component({
  selector: 'od-table-paginator',
  imports: [MatPaginatorModule],
  template: `
    <mat-paginator
      [attr.aria-label]="label()"
      [length]="length()"
      [pageIndex]="table().pageIndex()"
      [pageSize]="table().pageSize()"
      [pageSizeOptions]="pageSizes()"
      (page)="table().changePage($event)"
    />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TablePaginator {
  readonly table = input.required<TablePages>();
  /** All rows across pages. */
  readonly length = input.required<number>();
  /** Names the pages for screen readers: "Pages of delinquent units". */
  readonly label = input.required<string>();
  readonly pageSizes = input<readonly number[]>(TABLE_PAGE_SIZES);
}
