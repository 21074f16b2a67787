import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { Router } from '@angular/router';
import { of, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  type FakeLeasingApi,
  fakeLeasingApi,
  LEASING_TEST_TODAY,
  marketing,
  provideFakeLeasingApi,
} from '../../../testing/portfolio-leasing-fixtures';
import { renderView, tableRows } from '../../../testing/view-testing';
import { Chart } from '../chart';
import { MarketingView } from './marketing-view';

describe('MarketingView', () => {
  let fixture: ComponentFixture<MarketingView>;
  let page: HTMLElement;
  let api: FakeLeasingApi;

  async function render(): Promise<void> {
    ({ fixture } = await renderView(MarketingView, 'leasing.marketing', {
      providers: [provideFakeLeasingApi(api)],
      today: LEASING_TEST_TODAY,
    }));
    page = fixture.nativeElement;
  }

  beforeEach(() => (api = fakeLeasingApi()));

  const chart = () => page.querySelector('od-chart [role="img"]');

  it('lists the sources with their leads and share', async () => {
    await render();

    expect(page.querySelector('.total')?.textContent?.trim()).toBe('700 leads from Oct 24, 2026 to Nov 22, 2026.');
    expect(page.querySelector('.note')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'The funnel’s leads of these days. Sources are recorded per month, so the leads of a month the dates ' +
        'cover in part are split by that month’s mix of sources.',
    );
    expect(tableRows(page)).toEqual([
      ['Apartments.com', '350', '50.0%'],
      ['Zillow', '245', '35.0%'],
      ['Referral', '105', '15.0%'],
    ]);
    expect([...page.querySelectorAll<HTMLMeterElement>('meter')].map((meter) => meter.value)).toEqual([50, 35, 15]);
    expect(page.querySelector('caption')?.textContent?.trim()).toBe('Leads by source, most leads first');
  });

  it('charts the leads of each month’s days within the period, named by those days', async () => {
    await render();

    expect(chart()?.getAttribute('aria-label')).toBe('Leads per month: Oct 24–31, 2026 400, Nov 1–22, 2026 300.');
    const xAxis = (fixture.debugElement.query(By.directive(Chart)).componentInstance as Chart).options()['xAxis'];
    expect(xAxis).toMatchObject({ data: ['Oct 24–31, 2026', 'Nov 1–22, 2026'] });

    api.getLeasingMarketing.mockReturnValue(of(marketing({ from: '2026-10-01', to: '2026-11-30' })));
    await TestBed.inject(Router).navigateByUrl('/?from=2026-10-01&to=2026-11-30');
    await fixture.whenStable();
    expect(chart()?.getAttribute('aria-label')).toBe('Leads per month: Oct 2026 400, Nov 2026 300.');
  });

  it('draws no trend for a single month', async () => {
    const [october] = marketing().months;
    api.getLeasingMarketing.mockReturnValue(of(marketing({ total: 400, months: october ? [october] : [] })));
    await render();

    expect(page.querySelector('.total')?.textContent?.trim()).toBe('400 leads from Oct 24, 2026 to Nov 22, 2026.');
    expect(chart()).toBeNull();
  });

  it('asks for the days and properties picked', async () => {
    await render();
    expect(api.getLeasingMarketing).toHaveBeenLastCalledWith({ from: '2026-10-24', to: '2026-11-22' });

    await TestBed.inject(Router).navigateByUrl('/?properties=p-harbor,p-maple&from=2026-01-01&to=2026-12-31');
    await fixture.whenStable();
    expect(api.getLeasingMarketing).toHaveBeenLastCalledWith({
      propertyIds: ['p-harbor', 'p-maple'],
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });

  it('explains a failure and tries again', async () => {
    api.getLeasingMarketing.mockReturnValue(throwError(() => httpError(500)));
    await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Where leads come from could not be loaded.');

    api.getLeasingMarketing.mockReturnValue(of(marketing()));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(tableRows(page)).toHaveLength(3);
  });

  it('says so when there were no leads', async () => {
    api.getLeasingMarketing.mockReturnValue(
      of(marketing({ total: 0, sources: [], months: [{ month: '2026-11-01', total: 0, sources: [] }] })),
    );
    await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'No leads in these properties for these dates.',
    );
    expect(page.querySelector('table')).toBeNull();
  });
});
