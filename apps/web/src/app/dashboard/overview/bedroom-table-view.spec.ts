import type { ComponentFixture } from '@angular/core/testing';
import { of, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  bedroomRow,
  bedroomTable,
  type FakeOverviewApi,
  fakeOverviewApi,
  provideFakeOverviewApi,
} from '../../../testing/portfolio-overview-fixtures';
import { renderView, tableRows } from '../../../testing/view-testing';
import { BedroomTableView } from './bedroom-table-view';

describe('BedroomTableView', () => {
  let fixture: ComponentFixture<BedroomTableView>;
  let page: HTMLElement;
  let api: FakeOverviewApi;

  async function render(url?: string): Promise<void> {
    ({ fixture } = await renderView(BedroomTableView, 'overview.bedroom_table', {
      providers: [provideFakeOverviewApi(api)],
      url,
    }));
    page = fixture.nativeElement;
  }

  beforeEach(() => (api = fakeOverviewApi()));

  it('asks for the picked properties only, as the figures are of today', async () => {
    await render('/dashboard/overview?properties=p-maple&from=2026-01-01&to=2026-03-31');

    expect(api.getOverviewBedroomTable).toHaveBeenCalledWith({ propertyIds: ['p-maple'] });
  });

  it('shows each bedroom count with its units, occupancy and rents, and all units last', async () => {
    api.getOverviewBedroomTable.mockReturnValue(
      of(
        bedroomTable([
          bedroomRow({ bedrooms: 0, units: 40, occupied: 36, notice: 1, vacant: 3, occupancyPct: 92.5 }),
          bedroomRow(),
          bedroomRow({ bedrooms: 2, units: 1200, avgCurrentRent: null, occupancyPct: null }),
        ]),
      ),
    );
    await render();

    expect(page.querySelector('h2')?.textContent?.trim()).toBe('Units by bedroom count');
    expect(tableRows(page)).toEqual([
      ['Studio', '40', '36', '1', '3', '92.5%', '713', '$1,450', '$1,398'],
      ['1 bed', '120', '108', '4', '8', '93.3%', '713', '$1,450', '$1,398'],
      ['2 beds', '1,200', '108', '4', '8', '—', '713', '$1,450', '—'],
    ]);
    expect(tableRows(page, 'tr[mat-footer-row]')).toEqual([
      ['All units', '1,360', '252', '9', '19', '93.3%', '890', '$1,610', '$1,555'],
    ]);
    expect(page.querySelector('caption')?.textContent?.trim()).toBe(
      'Units, occupancy and average rents by number of bedrooms, with all units in the last row',
    );
    expect([...page.querySelectorAll('th')].map((th) => th.getAttribute('scope'))).toEqual(Array(9).fill('col'));
  });

  it('says so when the properties have no units', async () => {
    api.getOverviewBedroomTable.mockReturnValue(of(bedroomTable([])));
    await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain('No units in these properties yet.');
    expect(page.querySelector('table')).toBeNull();
  });

  it('explains a failure and tries again', async () => {
    api.getOverviewBedroomTable.mockReturnValue(throwError(() => httpError(500)));
    await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Units by bedroom count could not be loaded.');

    api.getOverviewBedroomTable.mockReturnValue(of(bedroomTable()));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(tableRows(page)).toHaveLength(1);
  });
});
