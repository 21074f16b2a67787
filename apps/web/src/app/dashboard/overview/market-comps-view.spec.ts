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

  const panels = () => [...page.querySelectorAll<HTMLElement>('mat-expansion-panel')];
  const expanded = () => panels().map((panel) => panel.classList.contains('mat-expanded'));
  const sections = () =>
    panels().map((section) => ({
      name: section.querySelector('mat-panel-title')?.textContent?.trim(),
      headline: section.querySelector('mat-panel-description')?.textContent?.trim(),
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
        headline: '2 comps · rent vs comps −$60 (−3.5%)',
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
        headline: '1 comp · rent vs comps —',
        facts: ['Average rent: —', 'Comps’ average rent: $1,400', 'Rent vs comps: —', 'Occupancy: —'],
        caption: 'Comparable properties near Maple Court, nearest first',
        comps: [['Elm Row', '2 mi', '95.1%', '$1,400', '—']],
      },
    ]);
    expect(expanded()).toEqual([true, true]);
  });

  it('folds many properties to their headline until opened', async () => {
    const names = ['Alder Point', 'Bayside', 'Cedar Ridge', 'Dunmore'];
    api.getOverviewMarketComps.mockReturnValue(
      of(marketComps(names.map((name, index) => propertyComps({ propertyId: `p-${index}`, propertyName: name })))),
    );
    await render();

    expect(expanded()).toEqual([false, false, false, false]);
    const header = panels()[1]?.querySelector<HTMLElement>('mat-expansion-panel-header');
    expect(header?.getAttribute('aria-expanded')).toBe('false');
    header?.click();
    await fixture.whenStable();
    expect(expanded()).toEqual([false, true, false, false]);
    expect(header?.getAttribute('aria-expanded')).toBe('true');
  });

  it('renders a folded property’s figures and comps only once it is opened', async () => {
    const names = ['Alder Point', 'Bayside', 'Cedar Ridge', 'Dunmore'];
    api.getOverviewMarketComps.mockReturnValue(
      of(marketComps(names.map((name, index) => propertyComps({ propertyId: `p-${index}`, propertyName: name })))),
    );
    await render();

    expect(page.querySelectorAll('table')).toHaveLength(0);
    expect(sections().map((section) => section.facts)).toEqual([[], [], [], []]);

    panels()[2]?.querySelector<HTMLElement>('mat-expansion-panel-header')?.click();
    await fixture.whenStable();

    expect(sections()[2]).toMatchObject({
      name: 'Cedar Ridge',
      caption: 'Comparable properties near Cedar Ridge, nearest first',
      comps: [
        ['Lakeline Flats', '0.8 mi', '95.1%', '$1,720', '+$95'],
        ['Cedar Point', '1.3 mi', '91.0%', '$1,650', '+$25'],
      ],
    });
    expect(page.querySelectorAll('table')).toHaveLength(1);
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

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Nearby competitors could not be loaded.');

    api.getOverviewMarketComps.mockReturnValue(of(marketComps()));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(sections()).toHaveLength(1);
  });
});
