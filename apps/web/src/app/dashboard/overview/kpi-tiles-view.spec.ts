import { type ComponentFixture } from '@angular/core/testing';
import type { KpiTilesDto } from '@ownerdash/api-client';
import { of, Subject, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  type FakePortfolioApis,
  fakePortfolioApis,
  kpiTiles,
  providePortfolioApis,
} from '../../../testing/portfolio-fixtures';
import { renderView } from '../../../testing/view-testing';
import { KpiTilesView } from './kpi-tiles-view';

describe('KpiTilesView', () => {
  let fixture: ComponentFixture<KpiTilesView>;
  let page: HTMLElement;
  let apis: FakePortfolioApis;

  /** `settle` waits for the figures; without it the test sees the page while they load. */
  async function render(settle = true): Promise<void> {
    ({ fixture, page } = await renderView(KpiTilesView, 'overview.kpi_tiles', {
      providers: providePortfolioApis(apis),
      settle,
    }));
  }

  beforeEach(() => (apis = fakePortfolioApis()));

  const tiles = () =>
    [...page.querySelectorAll('.tile')].map((tile) => ({
      label: tile.querySelector('.label')?.textContent?.trim(),
      value: tile.querySelector('.value')?.textContent?.trim(),
      change: tile.querySelector('.change [aria-hidden="true"]:not(mat-icon)')?.textContent?.trim(),
      said: tile.querySelector('.change .visually-hidden')?.textContent?.trim(),
      tone: tile.querySelector('.change')?.className.replace('change', '').trim(),
    }));

  it('shows each figure with its 30-day change, in signs and in words', async () => {
    await render();

    expect(page.querySelector('h2')?.textContent?.trim()).toBe('Occupancy at a glance');
    expect(tiles()).toEqual([
      {
        label: 'Occupancy',
        value: '93.4%',
        change: '+1.2 pts',
        said: 'Up 1.2 points from 30 days earlier',
        tone: 'good',
      },
      {
        label: 'Leased',
        value: '95.8%',
        change: '−0.4 pts',
        said: 'Down 0.4 points from 30 days earlier',
        tone: 'bad',
      },
      {
        label: 'Vacancy',
        value: '6.6%',
        change: '−1.2 pts',
        said: 'Down 1.2 points from 30 days earlier',
        tone: 'good',
      },
      { label: 'Vacant units', value: '48', change: '−9', said: 'Down 9 from 30 days earlier', tone: 'good' },
      {
        label: 'Units on notice',
        value: '21',
        change: 'No change',
        said: 'Unchanged from 30 days earlier',
        tone: 'neutral',
      },
      { label: 'Available to rent', value: '30', change: undefined, said: undefined, tone: 'neutral' },
    ]);
    expect(page.querySelector('.footnote')?.textContent?.trim()).toBe('As of Nov 20, 2026 · 3 properties · 720 units');
  });

  it('asks for the whole scope without filters', async () => {
    await render();

    expect(apis.overview.getOverviewKpiTiles).toHaveBeenCalledWith({});
  });

  it('shows a skeleton while the figures load', async () => {
    const answer = new Subject<KpiTilesDto>();
    apis.overview.getOverviewKpiTiles.mockReturnValue(answer);
    await render(false);

    expect(page.querySelector('[aria-busy="true"]')?.textContent).toContain('Loading Occupancy at a glance');

    answer.next(kpiTiles());
    answer.complete();
    await fixture.whenStable();
    expect(page.querySelector('[aria-busy="true"]')).toBeNull();
    expect(tiles()).toHaveLength(6);
  });

  it('holds the place of the six tiles and the footnote while the figures load', async () => {
    const answer = new Subject<KpiTilesDto>();
    apis.overview.getOverviewKpiTiles.mockReturnValue(answer);
    await render(false);

    const skeleton = page.querySelector('[aria-busy="true"]');
    expect(skeleton?.querySelectorAll('od-tile-list .tile')).toHaveLength(6);
    expect(skeleton?.querySelectorAll('.bone.caption')).toHaveLength(1);

    answer.next(kpiTiles());
    answer.complete();
    await fixture.whenStable();
    expect(page.querySelector('.bone')).toBeNull();
  });

  it('explains a failure and tries again', async () => {
    apis.overview.getOverviewKpiTiles.mockReturnValue(throwError(() => httpError(500)));
    await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Occupancy at a glance could not be loaded.');

    apis.overview.getOverviewKpiTiles.mockReturnValue(of(kpiTiles()));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(tiles()).toHaveLength(6);
  });

  it('says so when the properties have no data yet', async () => {
    apis.overview.getOverviewKpiTiles.mockReturnValue(of(kpiTiles({ asOf: null })));
    await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain('No occupancy data for these properties yet.');
    expect(tiles()).toEqual([]);
  });
});
