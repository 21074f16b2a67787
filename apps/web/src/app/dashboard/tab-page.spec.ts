import { ApplicationRef } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { provideRouter, Router } from '@angular/router';
import { PortfolioDelinquencyApi, PortfolioOverviewApi } from '@ownerdash/api-client';
import type { ViewId } from '@ownerdash/contracts';
import { firstValueFrom, of } from 'rxjs';
import { type FakeAuthApi, fakeAuthApi, meResponse } from '../../testing/auth-fixtures';
import { provideInertCharts } from '../../testing/chart-testing';
import { fakeFinancialsApis, provideFakeFinancialsApis } from '../../testing/portfolio-financials-fixtures';
import { type FakePortfolioApis, fakePortfolioApis, providePortfolioApis } from '../../testing/portfolio-fixtures';
import { fakeOverviewApi } from '../../testing/portfolio-overview-fixtures';
import { fakeDelinquencyApi } from '../../testing/portfolio-renewals-fixtures';
import { TEST_TODAY } from '../../testing/view-testing';
import { AuthApiService } from '../auth/auth-api.service';
import { SessionStore } from '../auth/session.store';
import { TODAY } from './date-range';
import { TabPage } from './tab-page';
import { TAB_VIEW_COMPONENTS } from './view-components';

describe('TabPage', () => {
  let fixture: ComponentFixture<TabPage>;
  let page: HTMLElement;
  let auth: FakeAuthApi;
  let apis: FakePortfolioApis;

  /** `settle: false` returns before the tab's views and their data are there. */
  async function render(tabId: string, views: readonly ViewId[], { settle = true } = {}): Promise<void> {
    auth = fakeAuthApi(meResponse({ tabs: ['overview', 'delinquency', 'risk'], views }));
    apis = fakePortfolioApis();
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [
        provideRouter([]),
        { provide: AuthApiService, useValue: auth },
        providePortfolioApis(apis),
        // The tab renders its real views: the other views of these tabs answer from their own fakes.
        { provide: PortfolioOverviewApi, useValue: { ...fakeOverviewApi(), ...apis.overview } },
        { provide: PortfolioDelinquencyApi, useValue: { ...fakeDelinquencyApi(), ...apis.delinquency } },
        ...provideFakeFinancialsApis(fakeFinancialsApis()),
        provideInertCharts(),
        // Every view asks for the default period, counted back from this day rather than the clock's.
        { provide: TODAY, useValue: () => TEST_TODAY },
      ],
    });
    await TestBed.inject(SessionStore).initialize();
    fixture = TestBed.createComponent(TabPage);
    fixture.componentRef.setInput('tabId', tabId);
    page = fixture.nativeElement;
    if (settle) {
      await fixture.whenStable();
    }
  }

  const cardHeadings = () =>
    [...page.querySelectorAll('.grid [role="region"] h2')].map((heading) => heading.textContent?.trim());

  it('names the tab and shows a card for each view the user may see, in registry order', async () => {
    await render('overview', ['overview.unit_mix', 'risk.churn', 'overview.kpi_tiles']);

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Overview');
    expect(cardHeadings()).toEqual(['Occupancy at a glance', 'Rents by floorplan', 'Properties']);
  });

  it('offers the property and date filters, labelled', async () => {
    await render('overview', ['overview.kpi_tiles']);

    const labels = [...page.querySelectorAll('[aria-label="Dashboard filters"] mat-label')].map((label) =>
      label.textContent?.trim(),
    );
    expect(labels).toEqual(['Properties', 'Period', 'From', 'To']);
  });

  it('neither renders nor loads a view the user may not see', async () => {
    await render('overview', ['overview.unit_mix']);

    expect(page.querySelector('od-kpi-tiles-view')).toBeNull();
    expect(apis.overview.getOverviewKpiTiles).not.toHaveBeenCalled();
  });

  it('loads a view once and renders it on its own tab', async () => {
    await render('delinquency', ['delinquency.ar_table', 'delinquency.summary']);

    expect(cardHeadings()).toEqual(['Arrears by age', 'Who owes what']);
    expect(apis.delinquency.getDelinquencyArTable).toHaveBeenCalledTimes(1);
  });

  it('follows the route to another tab', async () => {
    await render('overview', ['overview.kpi_tiles', 'risk.churn']);

    fixture.componentRef.setInput('tabId', 'risk');
    await fixture.whenStable();

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Risk');
    expect(cardHeadings()).toEqual(['Move-out risk']);
  });

  it('removes a view as soon as an admin switches it off', async () => {
    await render('overview', ['overview.kpi_tiles', 'overview.unit_mix']);
    auth.me.mockReturnValue(of(meResponse({ tabs: ['overview'], views: ['overview.unit_mix'] })));

    await firstValueFrom(TestBed.inject(SessionStore).reloadProfile());
    await fixture.whenStable();

    expect(cardHeadings()).toEqual(['Rents by floorplan', 'Properties']);
    expect(page.querySelector('od-kpi-tiles-view')).toBeNull();
  });

  it('leaves a tab an admin hides while it is open', async () => {
    await render('risk', ['risk.churn']);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    auth.me.mockReturnValue(of(meResponse({ tabs: ['overview'], views: ['risk.churn'] })));

    await firstValueFrom(TestBed.inject(SessionStore).reloadProfile());
    await TestBed.inject(ApplicationRef).whenStable();

    expect(navigate).toHaveBeenCalledWith('/dashboard', { replaceUrl: true });
  });

  it('shows the cards once the tab’s own chunk is there, with no empty state or property list before', async () => {
    const components = TAB_VIEW_COMPONENTS.overview();
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const chunk = jest.spyOn(TAB_VIEW_COMPONENTS, 'overview').mockReturnValue(released.then(() => components));

    await render('overview', ['overview.kpi_tiles'], { settle: false });
    fixture.detectChanges();

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Overview');
    expect(page.querySelector('h2')).toBeNull();
    expect(page.querySelector('od-properties-view')).toBeNull();

    release();
    await fixture.whenStable();
    chunk.mockRestore();

    expect(cardHeadings()).toEqual(['Occupancy at a glance', 'Properties']);
  });

  it('says so when none of the tab’s views are shared with the user', async () => {
    await render('risk', ['overview.kpi_tiles']);

    expect(page.querySelector('h2')?.textContent?.trim()).toBe('No Risk views are shared with you');
    expect(cardHeadings()).toEqual([]);
  });
});
