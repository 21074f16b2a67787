import { signal } from '@angular/core';
import { PagedTable, TablePages } from './paged-table';

describe('PagedTable', () => {
  const filters = signal('all');
  const table = () =>
    new PagedTable({
      sortKeys: ['balance', 'unitNumber'],
      defaultSort: { active: 'balance', direction: 'desc' },
      resetOn: filters,
    });

  it('starts on the first page in the default order', () => {
    expect(table().query()).toEqual({ page: 1, pageSize: 25, sort: '-balance' });
  });

  it('turns the sort into the sort parameter, and back to the first page', () => {
    const paged = table();
    paged.changePage({ pageIndex: 2, pageSize: 25, length: 100 });

    paged.changeSort({ active: 'unitNumber', direction: 'asc' });
    expect(paged.query()).toEqual({ page: 1, pageSize: 25, sort: 'unitNumber' });

    paged.changeSort({ active: 'unitNumber', direction: '' });
    expect(paged.query()).toEqual({ page: 1, pageSize: 25 });
  });

  it('starts again from the first page for a new page size or new filters', () => {
    const paged = table();
    paged.changePage({ pageIndex: 3, pageSize: 25, length: 200 });
    expect(paged.query().page).toBe(4);

    paged.changePage({ pageIndex: 3, pageSize: 50, length: 200 });
    expect(paged.query()).toEqual({ page: 1, pageSize: 50, sort: '-balance' });

    paged.changePage({ pageIndex: 1, pageSize: 50, length: 200 });
    filters.set('p-maple');
    expect(paged.query().page).toBe(1);
  });

  it('slices the rows of the current page for a table paged in the browser', () => {
    const pages = new TablePages({ pageSize: 2, resetOn: filters });
    const rows = ['a', 'b', 'c', 'd', 'e'];

    expect(pages.pageOf(rows)).toEqual(['a', 'b']);
    pages.changePage({ pageIndex: 2, pageSize: 2, length: 5 });
    expect(pages.pageOf(rows)).toEqual(['e']);
    filters.set('p-harbor');
    expect(pages.pageOf(rows)).toEqual(['a', 'b']);
  });
});
