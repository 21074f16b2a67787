import { computed, linkedSignal, signal, type WritableSignal } from '@angular/core';
import type { PageEvent } from '@angular/material/paginator';
import type { Sort } from '@angular/material/sort';

export const TABLE_PAGE_SIZES: readonly number[] = [10, 25, 50, 100];

/** The `sort` parameter of the view routes: a column key, with a leading `-` for descending. */
export type SortParam<K extends string> = K | `-${K}`;

export interface TablePagesOptions {
  /** The first page size; the second of TABLE_PAGE_SIZES when not given. */
  readonly pageSize?: number;
  /** Read in a reactive context; the table goes back to its first page whenever it changes (new filters). */
  readonly resetOn: () => unknown;
}

export interface PagedTableOptions<K extends string> extends TablePagesOptions {
  readonly sortKeys: readonly K[];
  readonly defaultSort: { readonly active: K; readonly direction: 'asc' | 'desc' };
}

/** The API query of one table page. */
export interface PageQuery<K extends string> {
  readonly page: number;
  readonly pageSize: number;
  readonly sort?: SortParam<K>;
}

/** The `mat-paginator` state of a table: which page, of what size. */
export class TablePages {
  /** Zero-based, as `mat-paginator` counts. */
  readonly pageIndex: WritableSignal<number>;
  readonly pageSize: WritableSignal<number>;

  constructor(options: TablePagesOptions) {
    this.pageIndex = linkedSignal({ source: options.resetOn, computation: () => 0 });
    this.pageSize = signal(options.pageSize ?? TABLE_PAGE_SIZES[1]);
  }

  changePage(event: PageEvent): void {
    // A new page size starts from the first page; the old page number would mean other rows.
    this.pageIndex.set(event.pageSize === this.pageSize() ? event.pageIndex : 0);
    this.pageSize.set(event.pageSize);
  }

  /** The rows of the current page, for a table paged in the browser. */
  pageOf<T>(rows: readonly T[]): T[] {
    const start = this.pageIndex() * this.pageSize();
    return rows.slice(start, start + this.pageSize());
  }
}

/**
 * The sort and paginator state of a server-side table (`mat-sort` + `mat-paginator`), turned into
 * the `page`, `pageSize` and `sort` query parameters the view routes take.
 */
export class PagedTable<K extends string> extends TablePages {
  private readonly sortKeys: readonly K[];

  readonly sort: WritableSignal<Sort>;
  readonly query = computed<PageQuery<K>>(() => {
    const sort = this.sort();
    const key = this.sortKeys.find((candidate) => candidate === sort.active);
    return {
      page: this.pageIndex() + 1,
      pageSize: this.pageSize(),
      ...(key && sort.direction ? { sort: sort.direction === 'desc' ? (`-${key}` as const) : key } : {}),
    };
  });

  constructor(options: PagedTableOptions<K>) {
    super(options);
    this.sortKeys = options.sortKeys;
    this.sort = signal<Sort>({ ...options.defaultSort });
  }

  changeSort(sort: Sort): void {
    this.sort.set(sort);
    this.pageIndex.set(0);
  }
}
