import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { of, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  type FakeOverviewApi,
  fakeOverviewApi,
  provideFakeOverviewApi,
  tradeOutRow,
  tradeOuts,
} from '../../../testing/portfolio-overview-fixtures';
import { renderView, tableRows } from '../../../testing/view-testing';
import { TradeOutsView } from './trade-outs-view';

describe('TradeOutsView', () => {
  let fixture: ComponentFixture<TradeOutsView>;
  let page: HTMLElement;
  let api: FakeOverviewApi;

  async function render(url?: string): Promise<void> {
    ({ fixture } = await renderView(TradeOutsView, 'overview.trade_outs', {
      providers: [provideFakeOverviewApi(api)],
      url,
    }));
    page = fixture.nativeElement;
  }

  beforeEach(() => (api = fakeOverviewApi()));

  const lastQuery = () => api.getOverviewTradeOuts.mock.lastCall?.[0];
  const sortBy = async (column: string) => {
    page.querySelector<HTMLElement>(`th.mat-column-${column} .mat-sort-header-container`)?.click();
    await fixture.whenStable();
  };
  const period = { from: '2026-10-22', to: '2026-11-20' };

  it('asks for the first page of the picker’s days, latest lease first', async () => {
    await render();

    expect(lastQuery()).toEqual({ ...period, page: 1, pageSize: 25, sort: '-leaseStart' });
  });

  it('shows each new lease with its previous and new rent and the change, with the average', async () => {
    api.getOverviewTradeOuts.mockReturnValue(
      of(
        tradeOuts(
          [
            tradeOutRow(),
            tradeOutRow({
              unitNumber: '310',
              floorplan: 'A1',
              leaseStart: '2026-10-24',
              previousRent: 1500,
              newRent: 1460,
              change: -40,
              changePct: -2.7,
            }),
            tradeOutRow({ unitNumber: '12', previousRent: 0, newRent: 1200, change: 1200, changePct: null }),
          ],
          { total: 3, averageChange: 411.67, averageChangePct: 1 },
        ),
      ),
    );
    await render();

    expect(tableRows(page)).toEqual([
      ['Harbor View', '204', 'B2', 'Nov 1, 2026', '$1,600', '$1,675', '+$75', '+4.7%'],
      ['Harbor View', '310', 'A1', 'Oct 24, 2026', '$1,500', '$1,460', '−$40', '−2.7%'],
      ['Harbor View', '12', 'B2', 'Nov 1, 2026', '$0', '$1,200', '+$1,200', '—'],
    ]);
    expect(page.querySelector('td.mat-column-change span')?.className).toContain('up');
    expect(page.querySelectorAll('td.mat-column-change span')[1]?.className).toContain('down');
    expect(page.querySelector('.summary')?.textContent?.trim()).toBe(
      '3 new leases started Oct 22, 2026 to Nov 20, 2026; rent changed by +$412 (+1.0%) on average.',
    );
    expect(page.querySelector('caption')?.textContent?.trim()).toBe(
      'New leases with the rent of the lease before and the change',
    );
  });

  it('sorts on the server by the columns the API sorts by', async () => {
    await render();

    await sortBy('changePct');
    expect(lastQuery()).toEqual({ ...period, page: 1, pageSize: 25, sort: 'changePct' });
    await sortBy('changePct');
    expect(lastQuery()).toEqual({ ...period, page: 1, pageSize: 25, sort: '-changePct' });
    expect([...page.querySelectorAll('th.mat-sort-header')].map((th) => th.textContent?.trim())).toEqual([
      'Property',
      'Unit',
      'Lease start',
      'Previous rent',
      'New rent',
      'Change',
      'Change %',
    ]);
  });

  it('pages on the server, and starts again from the first page for other dates', async () => {
    api.getOverviewTradeOuts.mockReturnValue(of(tradeOuts([tradeOutRow()], { total: 60 })));
    await render();

    page.querySelector<HTMLButtonElement>('button.mat-mdc-paginator-navigation-next')?.click();
    await fixture.whenStable();
    expect(lastQuery()).toEqual({ ...period, page: 2, pageSize: 25, sort: '-leaseStart' });

    await TestBed.inject(Router).navigateByUrl('/dashboard/overview?from=2026-01-01&to=2026-03-31');
    await fixture.whenStable();
    expect(lastQuery()).toEqual({ from: '2026-01-01', to: '2026-03-31', page: 1, pageSize: 25, sort: '-leaseStart' });
  });

  it('says so when no lease started in the period', async () => {
    api.getOverviewTradeOuts.mockReturnValue(of(tradeOuts([])));
    await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'No new leases with a known previous rent started in these properties and dates.',
    );
    expect(page.querySelector('table')).toBeNull();
  });

  it('explains a failure and tries again', async () => {
    api.getOverviewTradeOuts.mockReturnValue(throwError(() => httpError(500)));
    await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain(
      'Rent change on new leases could not be loaded.',
    );

    api.getOverviewTradeOuts.mockReturnValue(of(tradeOuts([tradeOutRow()])));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(tableRows(page)).toHaveLength(1);
  });
});
