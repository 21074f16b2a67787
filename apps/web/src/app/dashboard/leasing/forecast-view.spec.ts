import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { of, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  type FakeLeasingApi,
  fakeLeasingApi,
  forecast,
  LEASING_TEST_TODAY,
  provideFakeLeasingApi,
} from '../../../testing/portfolio-leasing-fixtures';
import { renderView, tableRows, tilesOf } from '../../../testing/view-testing';
import { ForecastView } from './forecast-view';

describe('ForecastView', () => {
  let fixture: ComponentFixture<ForecastView>;
  let page: HTMLElement;
  let api: FakeLeasingApi;

  async function render(): Promise<void> {
    ({ fixture } = await renderView(ForecastView, 'leasing.forecast', {
      providers: [provideFakeLeasingApi(api)],
      today: LEASING_TEST_TODAY,
    }));
    page = fixture.nativeElement;
  }

  beforeEach(() => (api = fakeLeasingApi()));

  it('shows occupancy now and at the end, and the moves in between', async () => {
    await render();

    expect(tilesOf(page)).toEqual([
      { label: 'Occupied now', value: '94.9%', under: '413 of 435 units' },
      { label: 'By Dec 6, 2026', value: '95.4%', under: '415 of 435 units' },
      { label: 'Move-outs expected', value: '3', under: 'Leases ending without renewal' },
      { label: 'Move-ins signed', value: '5', under: 'Signed leases of vacant units' },
    ]);
    expect(page.querySelector('.method')?.textContent?.trim()).toBe(
      'From the leases known on Nov 22, 2026. Leases pending renewal are assumed to stay, and no leasing ' +
        'beyond the leases already signed is assumed. This view looks ahead from today, whatever the period picked above.',
    );
  });

  it('lists the weeks with their moves and projected occupancy', async () => {
    await render();

    expect(tableRows(page)).toEqual([
      ['Nov 29, 2026', '3', '1', '411', '94.5%'],
      ['Dec 6, 2026', '0', '4', '415', '95.4%'],
    ]);
    expect(page.querySelector('caption')?.textContent?.trim()).toBe(
      'Projected move-outs, move-ins and occupancy week by week',
    );
  });

  it('summarises the chart in words', async () => {
    await render();

    expect(page.querySelector('od-chart [role="img"]')?.getAttribute('aria-label')).toBe(
      'Projected occupancy over the next 2 weeks: 94.9% now, 95.4% by Dec 6, 2026, ' +
        'lowest 94.5% in the week ending Nov 29, 2026.',
    );
  });

  it('forecasts from today whatever dates are picked, for the properties picked', async () => {
    await render();
    expect(api.getLeasingForecast).toHaveBeenLastCalledWith({});

    await TestBed.inject(Router).navigateByUrl('/?properties=p-maple&from=2026-01-01&to=2026-03-31');
    await fixture.whenStable();
    expect(api.getLeasingForecast).toHaveBeenLastCalledWith({ propertyIds: ['p-maple'] });
  });

  it('explains a failure and tries again', async () => {
    api.getLeasingForecast.mockReturnValue(throwError(() => httpError(500)));
    await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Occupancy ahead could not be loaded.');

    api.getLeasingForecast.mockReturnValue(of(forecast()));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(tableRows(page)).toHaveLength(2);
  });

  it('says so when the properties have no units', async () => {
    api.getLeasingForecast.mockReturnValue(of(forecast({ units: 0, occupiedNow: 0, occupancyPctNow: null })));
    await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain('These properties have no units to forecast.');
    expect(page.querySelector('table')).toBeNull();
  });
});
