import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { of, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  type FakeLeasingApi,
  fakeLeasingApi,
  funnel,
  LEASING_TEST_TODAY,
  provideFakeLeasingApi,
} from '../../../testing/portfolio-leasing-fixtures';
import { renderView, tilesOf } from '../../../testing/view-testing';
import { FunnelView } from './funnel-view';

describe('FunnelView', () => {
  let fixture: ComponentFixture<FunnelView>;
  let page: HTMLElement;
  let api: FakeLeasingApi;

  async function render(): Promise<void> {
    ({ fixture } = await renderView(FunnelView, 'leasing.funnel', {
      providers: [provideFakeLeasingApi(api)],
      today: LEASING_TEST_TODAY,
    }));
    page = fixture.nativeElement;
  }

  beforeEach(() => (api = fakeLeasingApi()));

  it('shows each stage with its change from the days before', async () => {
    await render();

    expect(page.querySelector('h2')?.textContent?.trim()).toBe('Leads to leases');
    expect(tilesOf(page)).toEqual([
      { label: 'Leads', value: '1,240', under: '+60 / Up 60 from the 30 days before' },
      { label: 'Tours', value: '310', under: '−15 / Down 15 from the 30 days before' },
      { label: 'Applications', value: '124', under: 'No change / Unchanged from the 30 days before' },
      { label: 'Leases signed', value: '93', under: '−8 / Down 8 from the 30 days before' },
    ]);
    expect([...page.querySelectorAll('.tile .change')].map((change) => change.className)).toEqual([
      'change good',
      'change bad',
      'change neutral',
      'change bad',
    ]);
    expect(page.querySelector('.footnote')?.textContent?.trim()).toBe(
      'Oct 24, 2026 – Nov 22, 2026, compared with Sep 24, 2026 – Oct 23, 2026',
    );
  });

  it('asks for the days and properties picked', async () => {
    await render();
    expect(api.getLeasingFunnel).toHaveBeenLastCalledWith({ from: '2026-10-24', to: '2026-11-22' });

    await TestBed.inject(Router).navigateByUrl('/?properties=p-maple&from=2026-09-01&to=2026-09-30');
    await fixture.whenStable();
    expect(api.getLeasingFunnel).toHaveBeenLastCalledWith({
      propertyIds: ['p-maple'],
      from: '2026-09-01',
      to: '2026-09-30',
    });
  });

  it('explains a failure and tries again', async () => {
    api.getLeasingFunnel.mockReturnValue(throwError(() => httpError(500)));
    await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Leads to leases could not be loaded.');

    api.getLeasingFunnel.mockReturnValue(of(funnel()));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(tilesOf(page)).toHaveLength(4);
  });

  it('says so when nothing happened in either period', async () => {
    const none = { leads: 0, tours: 0, applications: 0, leasesSigned: 0 };
    api.getLeasingFunnel.mockReturnValue(of(funnel({ current: none, previous: none })));
    await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'No leads, tours, applications or leases in these properties for these dates.',
    );
    expect(tilesOf(page)).toEqual([]);
  });
});
