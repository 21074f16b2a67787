import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { of, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  type FakeMaintenanceApi,
  fakeMaintenanceApi,
  LEASING_TEST_TODAY,
  maintenanceSummary,
  provideFakeMaintenanceApi,
} from '../../../testing/portfolio-leasing-fixtures';
import { renderView, tableRows, tilesOf } from '../../../testing/view-testing';
import { MaintenanceSummaryView } from './maintenance-summary-view';

describe('MaintenanceSummaryView', () => {
  let fixture: ComponentFixture<MaintenanceSummaryView>;
  let page: HTMLElement;
  let api: FakeMaintenanceApi;

  async function render(): Promise<void> {
    ({ fixture } = await renderView(MaintenanceSummaryView, 'maintenance.summary', {
      providers: [provideFakeMaintenanceApi(api)],
      today: LEASING_TEST_TODAY,
    }));
    page = fixture.nativeElement;
  }

  beforeEach(() => (api = fakeMaintenanceApi()));

  const chart = () => page.querySelector('od-chart [role="img"]');
  const tables = () =>
    [...page.querySelectorAll('table')].map((table) => ({
      caption: table.querySelector('caption')?.textContent?.trim(),
      header: tableRows(table, 'tr[mat-header-row]')[0],
      rows: tableRows(table),
    }));

  it('shows the counts and times to close', async () => {
    await render();

    expect(page.querySelector('h2')?.textContent?.trim()).toBe('Work orders');
    expect(tilesOf(page)).toEqual([
      { label: 'Opened', value: '80', under: 'In these dates' },
      { label: 'Open now', value: '14', under: 'Open or in progress' },
      { label: 'Average time to close', value: '3.4 days', under: 'Median 2 days' },
      { label: 'Urgent done in 48 hours', value: '87.5%', under: 'Emergency and high priority' },
    ]);
    expect(page.querySelector('.period')?.textContent?.trim()).toBe(
      'Work orders opened Oct 24, 2026 – Nov 22, 2026; “open now” counts all open work orders, whenever opened.',
    );
  });

  it('breaks the work orders down by priority, status and category', async () => {
    await render();

    expect(tables()).toEqual([
      {
        caption: 'By priority',
        header: ['Priority', 'Work orders', 'Share'],
        rows: [
          ['Emergency', '4', '5.0%'],
          ['High', '12', '15.0%'],
          ['Normal', '44', '55.0%'],
          ['Low', '20', '25.0%'],
        ],
      },
      {
        caption: 'By status now',
        header: ['Status', 'Work orders', 'Share'],
        rows: [
          ['Open', '6', '7.5%'],
          ['In progress', '4', '5.0%'],
          ['Completed', '68', '85.0%'],
          ['Cancelled', '2', '2.5%'],
        ],
      },
      {
        caption: 'By category',
        header: ['Category', 'Work orders', 'Share'],
        rows: [
          ['Plumbing', '32', '40.0%'],
          ['HVAC', '28', '35.0%'],
          ['Appliances', '20', '25.0%'],
        ],
      },
    ]);
  });

  it('summarises the weekly chart in words', async () => {
    await render();

    expect(chart()?.getAttribute('aria-label')).toBe(
      'Work orders opened and closed per week, from the week of Nov 9, 2026 to the week of Nov 16, 2026: ' +
        '80 opened and 70 closed; most opened in the week of Nov 16, 2026 (50).',
    );
  });

  it('shows missing times as missing, and still the open ones when none were opened', async () => {
    api.getMaintenanceSummary.mockReturnValue(
      of(
        maintenanceSummary({
          opened: 0,
          averageDaysToClose: null,
          medianDaysToClose: null,
          urgentCompletedWithin48hPct: null,
          byCategory: [],
          weekly: [],
        }),
      ),
    );
    await render();

    expect(tilesOf(page).slice(1)).toEqual([
      { label: 'Open now', value: '14', under: 'Open or in progress' },
      { label: 'Average time to close', value: '—', under: 'None completed yet' },
      { label: 'Urgent done in 48 hours', value: '—', under: 'Emergency and high priority' },
    ]);
    expect(page.querySelector('.none')?.textContent?.trim()).toBe('No work orders were opened in these dates.');
    expect(chart()).toBeNull();
    expect(tables()).toEqual([]);
  });

  it('asks for the days and properties picked', async () => {
    await render();
    expect(api.getMaintenanceSummary).toHaveBeenLastCalledWith({ from: '2026-10-24', to: '2026-11-22' });

    await TestBed.inject(Router).navigateByUrl('/?properties=p-maple&from=2026-08-01&to=2026-10-31');
    await fixture.whenStable();
    expect(api.getMaintenanceSummary).toHaveBeenLastCalledWith({
      propertyIds: ['p-maple'],
      from: '2026-08-01',
      to: '2026-10-31',
    });
  });

  it('explains a failure and tries again', async () => {
    api.getMaintenanceSummary.mockReturnValue(throwError(() => httpError(500)));
    await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Work orders could not be loaded.');

    api.getMaintenanceSummary.mockReturnValue(of(maintenanceSummary()));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(tilesOf(page)).toHaveLength(4);
  });

  it('says so when there are no work orders', async () => {
    api.getMaintenanceSummary.mockReturnValue(of(maintenanceSummary({ opened: 0, openNow: 0 })));
    await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'No work orders in these properties for these dates.',
    );
    expect(tilesOf(page)).toEqual([]);
  });
});
