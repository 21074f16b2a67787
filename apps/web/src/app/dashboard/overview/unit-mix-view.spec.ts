import type { ComponentFixture } from '@angular/core/testing';
import { of, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  type FakeOverviewApi,
  fakeOverviewApi,
  provideFakeOverviewApi,
  unitMix,
  unitMixRow,
} from '../../../testing/portfolio-overview-fixtures';
import { renderView, tableRows } from '../../../testing/view-testing';
import { UnitMixView } from './unit-mix-view';

describe('UnitMixView', () => {
  let fixture: ComponentFixture<UnitMixView>;
  let page: HTMLElement;
  let api: FakeOverviewApi;

  async function render(url?: string): Promise<void> {
    ({ fixture } = await renderView(UnitMixView, 'overview.unit_mix', {
      providers: [provideFakeOverviewApi(api)],
      url,
    }));
    page = fixture.nativeElement;
  }

  beforeEach(() => {
    api = fakeOverviewApi();
    api.getOverviewUnitMix.mockReturnValue(
      of(
        unitMix([
          unitMixRow({ floorplan: 'S0', bedrooms: 0, units: 30, avgCurrentRent: null, currentRentPerSqFt: null }),
          unitMixRow(),
          unitMixRow({ floorplan: 'B2', bedrooms: 2, bathrooms: 1.5, units: 90, avgMarketRent: 1875.5 }),
          unitMixRow({ floorplan: 'B2', bedrooms: 2, bathrooms: 2, units: 60 }),
        ]),
      ),
    );
  });

  const chart = () => page.querySelector<HTMLElement>('od-chart');

  it('asks for the picked properties only, as the mix is of today', async () => {
    await render('/dashboard/overview?properties=p-parkside&from=2026-01-01&to=2026-03-31');

    expect(api.getOverviewUnitMix).toHaveBeenCalledWith({ propertyIds: ['p-parkside'] });
  });

  it('shows each floorplan with its share of units, size, occupancy and rents', async () => {
    await render();

    expect(tableRows(page)).toEqual([
      ['S0', 'Studio · 1 bath', '30', '10.0%', '713', '93.3%', '$1,450', '—', '$2.04', '—'],
      ['A1', '1 bed · 1 bath', '120', '40.0%', '713', '93.3%', '$1,450', '$1,398', '$2.04', '$1.96'],
      ['B2', '2 beds · 1.5 baths', '90', '30.0%', '713', '93.3%', '$1,876', '$1,398', '$2.04', '$1.96'],
      ['B2', '2 beds · 2 baths', '60', '20.0%', '713', '93.3%', '$1,450', '$1,398', '$2.04', '$1.96'],
    ]);
    expect(page.querySelector('caption')?.textContent?.trim()).toBe('Units, size, occupancy and rents by floorplan');
  });

  it('summarises the mix in words, with a bar per floorplan', async () => {
    await render();

    expect(chart()?.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe(
      'Units by floorplan: S0 (Studio · 1 bath) 30 (10.0%), A1 (1 bed · 1 bath) 120 (40.0%), ' +
        'B2 (2 beds · 1.5 baths) 90 (30.0%), B2 (2 beds · 2 baths) 60 (20.0%).',
    );
    expect(chart()?.style.getPropertyValue('--od-chart-height')).toBe('160px');
  });

  it('says so when the properties have no units', async () => {
    api.getOverviewUnitMix.mockReturnValue(of(unitMix([])));
    await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain('No units in these properties yet.');
    expect(chart()).toBeNull();
    expect(page.querySelector('table')).toBeNull();
  });

  it('explains a failure and tries again', async () => {
    api.getOverviewUnitMix.mockReturnValue(throwError(() => httpError(500)));
    await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Rents by floorplan could not be loaded.');

    api.getOverviewUnitMix.mockReturnValue(of(unitMix()));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(tableRows(page)).toHaveLength(1);
  });
});
