import { ApplicationRef, ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { throwError } from 'rxjs';
import { fakeAuthApi, httpError, meResponse } from '../../testing/auth-fixtures';
import { type FakePortfolioApis, fakePortfolioApis, providePortfolioApis } from '../../testing/portfolio-fixtures';
import { AuthApiService } from '../auth/auth-api.service';
import { SessionStore } from '../auth/session.store';
import { DashboardFilters } from './dashboard-filters';
import { TODAY } from './date-range';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class EmptyPage {}

describe('DashboardFilters', () => {
  let filters: DashboardFilters;
  let router: Router;
  let apis: FakePortfolioApis;

  async function start(url: string): Promise<void> {
    apis ??= fakePortfolioApis();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', component: EmptyPage }]),
        { provide: AuthApiService, useValue: fakeAuthApi(meResponse()) },
        providePortfolioApis(apis),
        { provide: TODAY, useValue: () => new Date(2026, 10, 22) },
      ],
    });
    await TestBed.inject(SessionStore).initialize();
    router = TestBed.inject(Router);
    await router.navigateByUrl(url);
    filters = TestBed.inject(DashboardFilters);
    await TestBed.inject(ApplicationRef).whenStable();
  }

  afterEach(() => (apis = undefined as unknown as FakePortfolioApis));

  it('reads the properties and days from the URL', async () => {
    await start('/dashboard/overview?properties=p-harbor,p-maple&from=2026-01-01&to=2026-03-31');

    expect(filters.propertyIds()).toEqual(['p-harbor', 'p-maple']);
    expect(filters.range()).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(filters.viewScope()).toEqual({ propertyIds: ['p-harbor', 'p-maple'] });
  });

  it('shows all properties over the last 30 days without query parameters', async () => {
    await start('/dashboard/overview');

    expect(filters.propertyIds()).toBeNull();
    expect(filters.chosenRange()).toBeNull();
    expect(filters.range()).toEqual({ from: '2026-10-24', to: '2026-11-22' });
    expect(filters.viewScope()).toEqual({});
  });

  it('ignores dates that are not days, or in the wrong order', async () => {
    await start('/dashboard/overview?from=2026-02-31&to=2026-03-01');
    expect(filters.chosenRange()).toBeNull();

    await router.navigateByUrl('/dashboard/overview?from=2026-03-02&to=2026-03-01');
    expect(filters.chosenRange()).toBeNull();
  });

  it('drops properties from a link that are outside the caller’s scope', async () => {
    await start('/dashboard/overview?properties=p-harbor,p-elsewhere');

    expect(filters.viewScope()).toEqual({ propertyIds: ['p-harbor'] });

    await router.navigateByUrl('/dashboard/overview?properties=p-elsewhere');
    expect(filters.viewScope()).toEqual({});
  });

  it('leaves the ids to the API when the caller’s properties cannot be loaded', async () => {
    apis = fakePortfolioApis();
    apis.portfolio.listPortfolioProperties.mockReturnValue(throwError(() => httpError(500)));
    await start('/dashboard/overview?properties=p-harbor');

    expect(filters.viewScope()).toEqual({ propertyIds: ['p-harbor'] });
  });

  it('keeps the same query while the URL changes elsewhere, and a new one when the filters change', async () => {
    await start('/dashboard/overview?from=2026-01-01&to=2026-01-31');
    const query = filters.periodQuery();
    expect(query).toEqual({ from: '2026-01-01', to: '2026-01-31' });

    await router.navigateByUrl('/dashboard/leasing?to=2026-01-31&from=2026-01-01&tab=2');
    expect(filters.periodQuery()).toBe(query);

    filters.selectProperties(['p-maple']);
    await TestBed.inject(ApplicationRef).whenStable();
    expect(filters.periodQuery()).toEqual({ propertyIds: ['p-maple'], from: '2026-01-01', to: '2026-01-31' });
  });

  it('writes the choices into the URL, keeping the page and other parameters', async () => {
    await start('/dashboard/delinquency?from=2026-01-01&to=2026-01-31');

    filters.selectProperties(['p-harbor', 'p-maple']);
    await TestBed.inject(ApplicationRef).whenStable();
    expect(router.url).toBe('/dashboard/delinquency?from=2026-01-01&to=2026-01-31&properties=p-harbor,p-maple');

    filters.selectRange({ from: '2026-06-01', to: '2026-06-30' });
    await TestBed.inject(ApplicationRef).whenStable();
    expect(filters.range()).toEqual({ from: '2026-06-01', to: '2026-06-30' });

    filters.selectProperties(null);
    filters.selectRange(null);
    await TestBed.inject(ApplicationRef).whenStable();
    expect(router.url).toBe('/dashboard/delinquency');
  });
});
