import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { of, Subject } from 'rxjs';
import {
  arRow,
  arTable,
  type FakePortfolioApis,
  fakePortfolioApis,
  providePortfolioApis,
} from '../../../testing/portfolio-fixtures';
import { renderView } from '../../../testing/view-testing';
import { ArTableView } from './ar-table-view';

describe('ArTableView', () => {
  let fixture: ComponentFixture<ArTableView>;
  let page: HTMLElement;
  let apis: FakePortfolioApis;

  async function render(): Promise<void> {
    ({ fixture, page } = await renderView(ArTableView, 'delinquency.ar_table', {
      providers: providePortfolioApis(apis),
    }));
  }

  beforeEach(() => (apis = fakePortfolioApis()));

  const lastQuery = () => apis.delinquency.getDelinquencyArTable.mock.lastCall?.[0];
  const cells = () =>
    [...page.querySelectorAll('tr[mat-row]')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );

  it('asks for the first page, largest balance first', async () => {
    await render();

    expect(lastQuery()).toEqual({ page: 1, pageSize: 25, sort: '-balance' });
  });

  it('shows each unit with its resident, balance and dates, formatted', async () => {
    await render();

    expect(cells()).toEqual([
      [
        'Harbor View',
        '101',
        'Dana Reyes',
        'dana@example.com+1 512 555 0101',
        '$2,450.50',
        '45',
        '31–60 days',
        '$1,625',
        'Mar 31, 2027',
        'Start a thread',
      ],
    ]);
    expect([...page.querySelectorAll('od-resident-contact a')].map((link) => link.getAttribute('href'))).toEqual([
      'mailto:dana@example.com',
      'tel:+1 512 555 0101',
    ]);
    expect(page.querySelector('caption')?.textContent?.trim()).toBe(
      'Units with a balance owed, with resident contact details',
    );
    expect(page.querySelector('.total')?.textContent?.trim()).toBe('1 unit owes $2,450.50 in total.');
  });

  it('says a resident whose details the server could not decrypt is unavailable, and does not sort by resident', async () => {
    apis.delinquency.getDelinquencyArTable.mockReturnValue(
      of(
        arTable([
          arRow({ residentName: null, residentEmail: null, residentPhone: null, personalDataUnavailable: true }),
          arRow({ unitId: 'u-102', unitNumber: '102', residentName: null, residentEmail: null, residentPhone: null }),
        ]),
      ),
    );
    await render();

    expect(cells().map((row) => row[2])).toEqual(['Unavailable', '—']);
    expect(page.querySelector('th.mat-column-residentName .mat-sort-header-container')).toBeNull();
    expect(page.querySelector('th.mat-column-balance .mat-sort-header-container')).not.toBeNull();
  });

  it('sorts on the server', async () => {
    await render();

    page.querySelector<HTMLElement>('th.mat-column-daysPastDue .mat-sort-header-container')?.click();
    await fixture.whenStable();
    expect(lastQuery()).toEqual({ page: 1, pageSize: 25, sort: 'daysPastDue' });

    page.querySelector<HTMLElement>('th.mat-column-daysPastDue .mat-sort-header-container')?.click();
    await fixture.whenStable();
    expect(lastQuery()).toEqual({ page: 1, pageSize: 25, sort: '-daysPastDue' });
  });

  it('keeps the rows and the focus on the sort header while the next order loads', async () => {
    await render();
    const next = new Subject<ReturnType<typeof arTable>>();
    apis.delinquency.getDelinquencyArTable.mockReturnValue(next);
    const header = page.querySelector<HTMLElement>('th.mat-column-daysPastDue .mat-sort-header-container');
    header?.focus();

    header?.click();
    // Not whenStable: it would wait for the answer this test holds back.
    fixture.detectChanges();

    expect(lastQuery()).toEqual({ page: 1, pageSize: 25, sort: 'daysPastDue' });
    expect(cells()).toHaveLength(1);
    expect(page.querySelector('mat-progress-bar')).not.toBeNull();
    expect(page.querySelector('[role="status"][aria-busy="true"]')).toBeNull();
    expect(document.activeElement).toBe(header);

    next.next(arTable([arRow({ unitNumber: '101' }), arRow({ unitNumber: '102' })]));
    await fixture.whenStable();
    expect(cells()).toHaveLength(2);
    expect(page.querySelector('mat-progress-bar')).toBeNull();
  });

  it('pages on the server, and starts again from the first page for new filters', async () => {
    apis.delinquency.getDelinquencyArTable.mockReturnValue(of(arTable([arRow()], { total: 60 })));
    await render();

    page.querySelector<HTMLButtonElement>('button.mat-mdc-paginator-navigation-next')?.click();
    await fixture.whenStable();
    expect(lastQuery()).toEqual({ page: 2, pageSize: 25, sort: '-balance' });

    await TestBed.inject(Router).navigateByUrl('/?properties=p-maple');
    await fixture.whenStable();
    expect(lastQuery()).toEqual({ propertyIds: ['p-maple'], page: 1, pageSize: 25, sort: '-balance' });
  });

  it('says so when nobody owes money', async () => {
    apis.delinquency.getDelinquencyArTable.mockReturnValue(of(arTable([])));
    await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain('No resident owes money in these properties.');
    expect(page.querySelector('table')).toBeNull();
  });
});
