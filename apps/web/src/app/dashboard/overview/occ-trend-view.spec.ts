import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { Router } from '@angular/router';
import { of, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  type FakeOverviewApi,
  fakeOverviewApi,
  occTrend,
  occTrendPoint,
  provideFakeOverviewApi,
} from '../../../testing/portfolio-overview-fixtures';
import { renderView } from '../../../testing/view-testing';
import { Chart } from '../chart';
import { OccTrendView } from './occ-trend-view';

describe('OccTrendView', () => {
  let fixture: ComponentFixture<OccTrendView>;
  let page: HTMLElement;
  let api: FakeOverviewApi;

  async function render(url?: string): Promise<void> {
    ({ fixture } = await renderView(OccTrendView, 'overview.occ_trend', {
      providers: [provideFakeOverviewApi(api)],
      url,
    }));
    page = fixture.nativeElement;
  }

  beforeEach(() => (api = fakeOverviewApi()));

  const chart = () => page.querySelector('od-chart [role="img"]');
  const xAxis = () => (fixture.debugElement.query(By.directive(Chart)).componentInstance as Chart).options()['xAxis'];

  it('asks for weekly points over a short period and monthly points over a long one', async () => {
    await render();
    expect(api.getOverviewOccTrend).toHaveBeenLastCalledWith({
      from: '2026-10-22',
      to: '2026-11-20',
      interval: 'week',
    });

    await TestBed.inject(Router).navigateByUrl('/dashboard/overview?properties=p-maple&from=2025-11-21&to=2026-11-20');
    await fixture.whenStable();
    expect(api.getOverviewOccTrend).toHaveBeenLastCalledWith({
      propertyIds: ['p-maple'],
      from: '2025-11-21',
      to: '2026-11-20',
      interval: 'month',
    });
  });

  it('names each week by its days within the period, from the period’s first day', async () => {
    await render();

    expect(page.querySelector('.caption')?.textContent?.trim()).toBe('Weekly averages, Oct 22, 2026 to Nov 20, 2026');
    expect(xAxis()).toMatchObject({ data: ['Oct 22', 'Oct 26', 'Nov 2', 'Nov 9', 'Nov 16'] });
    expect(chart()?.getAttribute('aria-label')).toBe(
      'Occupancy by week: 92.1% in Oct 22–25, 2026, 93.0% in Nov 16–20, 2026, between 91.8% and 93.4%. ' +
        'Leased: 94.9% in Oct 22–25, 2026, 95.5% in Nov 16–20, 2026, between 94.9% and 95.8%.',
    );
  });

  it('names whole months by month and year, and the months the period covers in part by their days', async () => {
    api.getOverviewOccTrend.mockReturnValue(
      of(
        occTrend({
          from: '2025-11-21',
          to: '2026-11-20',
          interval: 'month',
          points: [
            occTrendPoint({ periodStart: '2025-11-21', periodEnd: '2025-11-30', occupancyPct: 90.2, leasedPct: null }),
            occTrendPoint({ periodStart: '2025-12-01', periodEnd: '2025-12-31', occupancyPct: 91, leasedPct: 94 }),
            occTrendPoint({ periodStart: '2026-11-01', periodEnd: '2026-11-20', occupancyPct: 93.4, leasedPct: 95.8 }),
          ],
        }),
      ),
    );
    await render();

    expect(page.querySelector('.caption')?.textContent?.trim()).toBe('Monthly averages, Nov 21, 2025 to Nov 20, 2026');
    expect(xAxis()).toMatchObject({ data: ['Nov 21–30, 2025', 'Dec 2025', 'Nov 1–20, 2026'] });
    expect(chart()?.getAttribute('aria-label')).toBe(
      'Occupancy by month: 90.2% in Nov 21–30, 2025, 93.4% in Nov 1–20, 2026, between 90.2% and 93.4%. ' +
        'Leased: 94.0% in Dec 2025, 95.8% in Nov 1–20, 2026, between 94.0% and 95.8%.',
    );
  });

  it('says so when no period has figures', async () => {
    api.getOverviewOccTrend.mockReturnValue(
      of(occTrend({ points: [occTrendPoint({ occupancyPct: null, leasedPct: null })] })),
    );
    await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'No occupancy figures for these properties and dates.',
    );
    expect(chart()).toBeNull();
  });

  it('explains a failure and tries again', async () => {
    api.getOverviewOccTrend.mockReturnValue(throwError(() => httpError(500)));
    await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Occupancy over time could not be loaded.');

    api.getOverviewOccTrend.mockReturnValue(of(occTrend()));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(chart()).not.toBeNull();
  });
});
