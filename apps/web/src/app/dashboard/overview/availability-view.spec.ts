import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { AvailabilityDto } from '@ownerdash/api-client';
import { of, Subject } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  availability,
  type FakeOverviewApi,
  fakeOverviewApi,
  provideFakeOverviewApi,
} from '../../../testing/portfolio-overview-fixtures';
import { renderView } from '../../../testing/view-testing';
import { AvailabilityView } from './availability-view';

describe('AvailabilityView', () => {
  let fixture: ComponentFixture<AvailabilityView>;
  let page: HTMLElement;
  let api: FakeOverviewApi;

  async function render(url?: string, settle = true): Promise<void> {
    ({ fixture } = await renderView(AvailabilityView, 'overview.availability', {
      providers: [provideFakeOverviewApi(api)],
      url,
      settle,
    }));
    page = fixture.nativeElement;
  }

  beforeEach(() => (api = fakeOverviewApi()));

  const tiles = () =>
    [...page.querySelectorAll('.tile')].map((tile) =>
      [...tile.querySelectorAll('span')].map((part) => part.textContent?.trim()),
    );
  const chart = () => page.querySelector('od-chart [role="img"]');

  it('asks for the days the date picker shows, and again when the filters change', async () => {
    await render();
    expect(api.getOverviewAvailability).toHaveBeenLastCalledWith({ from: '2026-10-22', to: '2026-11-20' });

    await TestBed.inject(Router).navigateByUrl('/dashboard/overview?properties=p-harbor&from=2026-01-01&to=2026-03-31');
    await fixture.whenStable();
    expect(api.getOverviewAvailability).toHaveBeenLastCalledWith({
      propertyIds: ['p-harbor'],
      from: '2026-01-01',
      to: '2026-03-31',
    });
  });

  it('shows today’s availability buckets', async () => {
    await render();

    expect(tiles()).toEqual([
      ['Available to rent', '30', 'Vacant and ready, or on notice'],
      ['Vacant, ready', '18', 'No lease signed yet'],
      ['Vacant, pre-leased', '6', 'Lease starts later'],
      ['On notice', '12', 'Not rented again yet'],
      ['Down or model', '3', 'Not rentable'],
    ]);
  });

  it('summarises the daily available-to-rent trend in words', async () => {
    await render();

    expect([...page.querySelectorAll('h3')].map((heading) => heading.textContent?.trim())).toEqual([
      'Today',
      'Available to rent, Oct 22, 2026 to Nov 20, 2026',
    ]);
    expect(chart()?.getAttribute('aria-label')).toBe(
      'Units available to rent per day, Oct 22, 2026 to Nov 20, 2026: 34 on the first day with data ' +
        'and 30 on the last, between 27 and 34.',
    );
  });

  it('keeps the buckets when the period has no daily figures', async () => {
    api.getOverviewAvailability.mockReturnValue(
      of(availability({ trend: [{ date: '2026-10-22', availableToRent: null, properties: 0 }] })),
    );
    await render();

    expect(chart()).toBeNull();
    expect(page.querySelector('.no-trend')?.textContent?.trim()).toBe('No daily figures for these dates.');
    expect(tiles()).toHaveLength(5);
  });

  it('says so when there are neither units to rent nor daily figures', async () => {
    api.getOverviewAvailability.mockReturnValue(
      of(
        availability({
          now: { availableToRent: 0, vacantReady: 0, vacantPreLeased: 0, noticeUnrented: 0, downOrModel: 0 },
          trend: [],
        }),
      ),
    );
    await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'No units or availability figures for these properties and dates.',
    );
    expect(tiles()).toEqual([]);
  });

  it('shows a skeleton while loading, and a failure with a retry', async () => {
    const answer = new Subject<AvailabilityDto>();
    api.getOverviewAvailability.mockReturnValue(answer);
    await render(undefined, false);
    expect(page.querySelector('[aria-busy="true"]')?.textContent).toContain('Loading Units available to rent');

    answer.error(httpError(503));
    await fixture.whenStable();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Units available to rent could not be loaded.');

    api.getOverviewAvailability.mockReturnValue(of(availability()));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(tiles()).toHaveLength(5);
  });
});
