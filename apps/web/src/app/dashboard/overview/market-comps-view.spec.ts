import type { ComponentFixture } from '@angular/core/testing';
import { of, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  type FakeOverviewApi,
  fakeOverviewApi,
  marketComp,
  marketComps,
  propertyComps,
  provideFakeOverviewApi,
} from '../../../testing/portfolio-overview-fixtures';
import { renderView, tableRows } from '../../../testing/view-testing';
import { MarketCompsView } from './market-comps-view';

describe('MarketCompsView', () => {
  let fixture: ComponentFixture<MarketCompsView>;
  let page: HTMLElement;
  let api: FakeOverviewApi;

  async function render(url?: string): Promise<void> {
    ({ fixture } = await renderView(MarketCompsView, 'overview.market_comps', {
      providers: [provideFakeOverviewApi(api)],
      url,
    }));
    page = fixture.nativeElement;
  }

  beforeEach(() => (api = fakeOverviewApi()));

  const sections = () =>
    [...page.querySelectorAll('section')].map((section) => ({
      name: section.querySelector('h3')?.textContent?.trim(),
      facts: [...section.querySelectorAll('dl > div')].map((fact) =>
        [...fact.children].map((part) => part.textContent?.trim()).join(': '),
      ),
      caption: section.querySelector('caption')?.textContent?.trim(),
      comps: tableRows(section),
    }));

  it('asks for the picked properties only, as comps have no period', async () => {
    await render('/dashboard/overview?properties=p-harbor,p-maple&from=2026-01-01&to=2026-03-31');

    expect(api.getOverviewMarketComps).toHaveBeenCalledWith({ propertyIds: ['p-harbor', 'p-maple'] });
  });

  it('sets each property’s rent and occupancy beside its comps, nearest first', async () => {
    api.getOverviewMarketComps.mockReturnValue(
      of(
        marketComps([
          propertyComps(),
          propertyComps({
            propertyId: 'p-maple',
            propertyName: 'Maple Court',
            averageCurrentRent: null,
            occupancyPct: null,
            compAverageRent: 1400,
            comps: [marketComp({ name: 'Elm Row', distanceMiles: 2, averageRent: 1400 })],
          }),
        ]),
      ),
    );
    await render();

    expect(sections()).toEqual([
      {
        name: 'Harbor View',
        facts: [
          'Average rent: $1,626',
          'Comps’ average rent: $1,685',
          'Rent vs comps: −$60 (−3.5%)',
          'Occupancy: 94.2%',
        ],
        caption: 'Comparable properties near Harbor View, nearest first',
        comps: [
          ['Lakeline Flats', '0.8 mi', '95.1%', '$1,720', '+$95'],
          ['Cedar Point', '1.3 mi', '91.0%', '$1,650', '+$25'],
        ],
      },
      {
        name: 'Maple Court',
        facts: ['Average rent: —', 'Comps’ average rent: $1,400', 'Rent vs comps: —', 'Occupancy: —'],
        caption: 'Comparable properties near Maple Court, nearest first',
        comps: [['Elm Row', '2 mi', '95.1%', '$1,400', '—']],
      },
    ]);
  });

  it('says so when no property has comps', async () => {
    api.getOverviewMarketComps.mockReturnValue(of(marketComps([])));
    await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'No comparable properties are recorded for these properties.',
    );
    expect(sections()).toEqual([]);
  });

  it('explains a failure and tries again', async () => {
    api.getOverviewMarketComps.mockReturnValue(throwError(() => httpError(500)));
    await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Market Comps could not be loaded.');

    api.getOverviewMarketComps.mockReturnValue(of(marketComps()));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(sections()).toHaveLength(1);
  });
});
