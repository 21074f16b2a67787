import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatTableModule } from '@angular/material/table';
import { PagedTable } from './paged-table';
import { ServerSort } from './server-sort';
import { TABLE_COLUMN } from './table-column';

@Component({
  imports: [MatTableModule, ServerSort, TABLE_COLUMN],
  template: `
    <table mat-table [odServerSort]="table" [dataSource]="rows">
      <od-column name="unitNumber" label="Unit" sortable />
      <od-column name="balance" label="Balance" format="cents" sortable />
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let row; columns: columns"></tr>
    </table>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class SortedHost {
  readonly table = new PagedTable({
    sortKeys: ['unitNumber', 'balance'],
    defaultSort: { active: 'balance', direction: 'desc' },
    resetOn: signal(null),
  });
  readonly rows = [{ unitNumber: '101', balance: 10 }];
  readonly columns = ['unitNumber', 'balance'];
}

describe('ServerSort', () => {
  async function render() {
    const fixture = TestBed.createComponent(SortedHost);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const header = (label: string) =>
      [...element.querySelectorAll<HTMLElement>('th')].find((th) => th.textContent?.trim() === label);
    return { fixture, header };
  }

  it('shows the table’s starting order on its header', async () => {
    const { header } = await render();

    expect(header('Balance')?.getAttribute('aria-sort')).toBe('descending');
    expect(header('Unit')?.getAttribute('aria-sort')).toBe('none');
  });

  it('hands the order the user picks to the table, back on the first page', async () => {
    const { fixture, header } = await render();
    const table = fixture.componentInstance.table;
    table.changePage({ pageIndex: 2, pageSize: 25, length: 100 });

    header('Unit')?.querySelector<HTMLElement>('[role="button"]')?.click();
    await fixture.whenStable();

    expect(table.query()).toEqual({ page: 1, pageSize: 25, sort: 'unitNumber' });
    expect(header('Unit')?.getAttribute('aria-sort')).toBe('ascending');
    expect(header('Balance')?.getAttribute('aria-sort')).toBe('none');
  });
});
