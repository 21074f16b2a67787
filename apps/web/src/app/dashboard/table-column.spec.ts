import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { TABLE_COLUMN } from './table-column';

interface Row {
  readonly unit: string;
  readonly tenant: string | null;
  readonly balance: number;
  readonly leaseEnd: string | null;
}

@Component({
  imports: [MatSortModule, MatTableModule, TABLE_COLUMN],
  template: `
    <table mat-table matSort [dataSource]="rows()" (matSortChange)="sorts.push($event)">
      <od-column name="unit" label="Unit" sortable />
      <od-column name="resident" label="Resident" field="tenant" />
      <od-column name="balance" label="Balance" format="cents" sortable [footer]="total()" />
      <od-column name="leaseEnd" label="Lease end" format="date" />
      <od-column name="note" label="Note">
        <ng-template odCell let-row
          ><em>Unit {{ row.unit }}</em></ng-template
        >
      </od-column>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let row; columns: columns"></tr>
      <tr mat-footer-row *matFooterRowDef="columns"></tr>
    </table>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class TableHost {
  readonly rows = signal<Row[]>([
    { unit: '101', tenant: 'Ada Park', balance: 1250.5, leaseEnd: '2027-01-31' },
    { unit: '102', tenant: null, balance: 0, leaseEnd: null },
  ]);
  readonly total = signal(1250.5);
  readonly columns = ['unit', 'resident', 'balance', 'leaseEnd', 'note'];
  readonly sorts: Sort[] = [];
}

describe('TableColumn', () => {
  async function render() {
    const fixture = TestBed.createComponent(TableHost);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const cells = (selector: string) =>
      [...element.querySelectorAll(selector)].map((cell) => cell.textContent?.trim() ?? '');
    return { fixture, element, cells };
  }

  it('shows each row’s field in the column’s format, a dash where there is none', async () => {
    const { cells, element } = await render();

    expect(cells('th')).toEqual(['Unit', 'Resident', 'Balance', 'Lease end', 'Note']);
    expect(cells('tr.mat-mdc-row:first-of-type td')).toEqual([
      '101',
      'Ada Park',
      '$1,250.50',
      'Jan 31, 2027',
      'Unit 101',
    ]);
    expect(cells('tr.mat-mdc-row:nth-of-type(2) td')).toEqual(['102', '—', '$0.00', '—', 'Unit 102']);
    expect(element.querySelector('td.mat-column-leaseEnd time')?.getAttribute('datetime')).toBe('2027-01-31');
    expect(element.querySelector('td.mat-column-note em')).not.toBeNull();
  });

  it('aligns figures to the end, headers and footers too', async () => {
    const { element } = await render();

    const aligned = (selector: string) =>
      [...element.querySelectorAll(selector)].map((cell) => cell.classList.contains('number'));
    expect(aligned('th')).toEqual([false, false, true, false, false]);
    expect(aligned('tr.mat-mdc-footer-row td')).toEqual([false, false, true, false, false]);
  });

  it('fills the footer from the given total only', async () => {
    const { cells, fixture } = await render();

    expect(cells('tr.mat-mdc-footer-row td')).toEqual(['', '', '$1,250.50', '', '']);
    fixture.componentInstance.total.set(99);
    await fixture.whenStable();
    expect(cells('tr.mat-mdc-footer-row td')).toEqual(['', '', '$99.00', '', '']);
  });

  it('makes only sortable columns sort headers, sorted by the column’s name', async () => {
    const { element, fixture } = await render();

    const sortHeaders = [...element.querySelectorAll<HTMLElement>('th.mat-sort-header')];
    expect(sortHeaders.map((header) => header.textContent?.trim())).toEqual(['Unit', 'Balance']);
    sortHeaders[1]?.querySelector<HTMLElement>('[role="button"]')?.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.sorts).toEqual([{ active: 'balance', direction: 'asc' }]);
  });

  it('follows new rows', async () => {
    const { cells, fixture } = await render();

    fixture.componentInstance.rows.set([{ unit: '305', tenant: 'Bo Lin', balance: 10, leaseEnd: '2026-12-31' }]);
    await fixture.whenStable();
    expect(cells('tr.mat-mdc-row td')).toEqual(['305', 'Bo Lin', '$10.00', 'Dec 31, 2026', 'Unit 305']);
  });
});
