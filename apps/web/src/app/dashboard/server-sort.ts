import { DestroyRef, Directive, inject, input, type OnInit } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatSort } from '@angular/material/sort';
import type { PagedTable } from './paged-table';

/**
 * `matSort` for a table sorted on the server: the header arrows start from the `PagedTable`'s
 * sort, and every change the user makes goes to it (and so into the next page query).
 */
@Directive({
  selector: 'table[odServerSort]',
  hostDirectives: [MatSort],
})
export class ServerSort implements OnInit {
  private readonly sort = inject(MatSort);
  private readonly destroyRef = inject(DestroyRef);

  readonly table = input.required<PagedTable<string>>({ alias: 'odServerSort' });

  ngOnInit(): void {
    const { active, direction } = this.table().sort();
    this.sort.active = active;
    this.sort.direction = direction;
    this.sort.sortChange.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((sort) => this.table().changeSort(sort));
  }
}
