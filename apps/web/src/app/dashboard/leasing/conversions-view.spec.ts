import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { of, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  conversions,
  type FakeLeasingApi,
  fakeLeasingApi,
  LEASING_TEST_TODAY,
  monthlyConversion,
  provideFakeLeasingApi,
} from '../../../testing/portfolio-leasing-fixtures';
import { renderView, tilesOf } from '../../../testing/view-testing';
import { ConversionsView } from './conversions-view';

describe('ConversionsView', () => {
  let fixture: ComponentFixture<ConversionsView>;
  let page: HTMLElement;
  let api: FakeLeasingApi;

  async function render(): Promise<void> {
    ({ fixture } = await renderView(ConversionsView, 'leasing.conversions', {
      providers: [provideFakeLeasingApi(api)],
      today: LEASING_TEST_TODAY,
    }));
    page = fixture.nativeElement;
  }

  beforeEach(() => (api = fakeLeasingApi()));

  const chart = () => page.querySelector('od-chart [role="img"]');

  it('shows the period’s rate of each step with the counts behind it', async () => {
    await render();

    expect(tilesOf(page)).toEqual([
      { label: 'Lead to tour', value: '25.0%', under: '310 tours from 1,240 leads' },
      { label: 'Tour to application', value: '40.0%', under: '124 applications from 310 tours' },
      { label: 'Application to lease', value: '75.0%', under: '93 leases from 124 applications' },
      { label: 'Lead to lease', value: '7.5%', under: '93 leases from 1,240 leads' },
    ]);
    expect(page.querySelector('.period')?.textContent?.trim()).toBe('Oct 24, 2026 – Nov 22, 2026');
  });

  it('shows a rate without its base as missing, not as zero', async () => {
    const overall = { ...conversions().overall, tours: 0, applications: 0, leasesSigned: 0 };
    api.getLeasingConversions.mockReturnValue(
      of(conversions({ overall: { ...overall, tourToApplicationPct: null, applicationToLeasePct: null } })),
    );
    await render();

    expect(tilesOf(page)[1]).toEqual({
      label: 'Tour to application',
      value: '—',
      under: '0 applications from 0 tours',
    });
  });

  it('charts the monthly trend and says it in words', async () => {
    await render();

    expect(chart()?.getAttribute('aria-label')).toBe(
      'Conversion rates by month from Oct 2026 to Nov 2026: lead to tour from 25.0% to 30.0%, ' +
        'tour to application from 40.0% to 33.3%, application to lease from 75.0% to 70.0%.',
    );
  });

  it('draws no trend for a single month', async () => {
    api.getLeasingConversions.mockReturnValue(of(conversions({ months: [monthlyConversion()] })));
    await render();

    expect(tilesOf(page)).toHaveLength(4);
    expect(chart()).toBeNull();
  });

  it('asks for the days and properties picked', async () => {
    await render();
    expect(api.getLeasingConversions).toHaveBeenLastCalledWith({ from: '2026-10-24', to: '2026-11-22' });

    await TestBed.inject(Router).navigateByUrl('/?properties=p-harbor&from=2026-01-01&to=2026-06-30');
    await fixture.whenStable();
    expect(api.getLeasingConversions).toHaveBeenLastCalledWith({
      propertyIds: ['p-harbor'],
      from: '2026-01-01',
      to: '2026-06-30',
    });
  });

  it('explains a failure and tries again', async () => {
    api.getLeasingConversions.mockReturnValue(throwError(() => httpError(503)));
    await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('How leads convert could not be loaded.');

    api.getLeasingConversions.mockReturnValue(of(conversions()));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(tilesOf(page)).toHaveLength(4);
  });

  it('says so when there were no leads', async () => {
    const none = {
      leads: 0,
      tours: 0,
      applications: 0,
      leasesSigned: 0,
      leadToTourPct: null,
      tourToApplicationPct: null,
      applicationToLeasePct: null,
      leadToLeasePct: null,
    };
    api.getLeasingConversions.mockReturnValue(of(conversions({ overall: none, months: [] })));
    await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'No leads in these properties for these dates, so there are no conversion rates.',
    );
    expect(chart()).toBeNull();
  });
});
