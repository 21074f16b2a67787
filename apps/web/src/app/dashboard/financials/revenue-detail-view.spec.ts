import { TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { Router } from '@angular/router';
import { of, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  type FakeFinancialsApis,
  fakeFinancialsApis,
  provideFakeFinancialsApis,
  revenueDetail,
} from '../../../testing/portfolio-financials-fixtures';
import { renderView, tableRows } from '../../../testing/view-testing';
import { Chart } from '../chart';
import { RevenueDetailView } from './revenue-detail-view';

describe('RevenueDetailView', () => {
  let apis: FakeFinancialsApis;

  beforeEach(() => (apis = fakeFinancialsApis()));

  const render = () =>
    renderView(RevenueDetailView, 'financials.revenue_detail', { providers: provideFakeFinancialsApis(apis) });
  const chart = (page: HTMLElement) => page.querySelector('od-chart [role="img"]');

  it('asks for the period the date picker shows, and again for other properties', async () => {
    const { fixture } = await render();

    expect(apis.financials.getFinancialsRevenueDetail).toHaveBeenLastCalledWith({
      from: '2026-10-22',
      to: '2026-11-20',
    });

    await TestBed.inject(Router).navigateByUrl('/dashboard?properties=p-harbor');
    await fixture.whenStable();
    expect(apis.financials.getFinancialsRevenueDetail).toHaveBeenLastCalledWith({
      propertyIds: ['p-harbor'],
      from: '2026-10-22',
      to: '2026-11-20',
    });
  });

  it('shows a short period among the trailing months, with its total as in the P&L', async () => {
    const { page } = await render();

    expect(page.querySelector('.period')?.textContent?.trim()).toBe(
      'The 12 months to Oct 2026, to compare the period’s Oct 2026 with the months before it.',
    );
    expect(page.querySelector('.total')?.textContent?.trim()).toBe(
      'Total income in Oct 2026: $605,750 against a budget of $610,200.',
    );
  });

  it('tabulates each month’s income by what it is made of, not the P&L’s accounts again', async () => {
    const { page } = await render();

    const rows = tableRows(page);
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual(['Nov 2025', '$600,000', '−$30,000', '$15,000', '$585,000', '$590,000', '−$5,000']);
    // 605,750.25 − 610,200 = −4,449.75.
    expect(rows[11]).toEqual(['Oct 2026', '$620,000', '−$32,500', '$18,250', '$605,750', '$610,200', '−$4,450']);
    expect(page.querySelectorAll('tr.in-period')).toHaveLength(1);
  });

  it('covers the period alone when it holds twelve months or more', async () => {
    const twelve = revenueDetail().months.map((month) => ({ ...month, inPeriod: true }));
    apis.financials.getFinancialsRevenueDetail.mockReturnValue(
      of(revenueDetail({ from: '2025-11-01', to: '2026-10-31', months: twelve })),
    );
    const { page } = await render();

    expect(page.querySelector('.period')?.textContent?.trim()).toBe('Covers Nov 2025 – Oct 2026.');
    // 11 × 585,000 + 605,750.25 against 11 × 590,000 + 610,200.
    expect(page.querySelector('.total')?.textContent?.trim()).toBe(
      'Total income over Nov 2025 – Oct 2026: $7,040,750 against a budget of $7,100,200.',
    );
  });

  it('charts total income against budget month by month, on an axis scaled to the figures', async () => {
    const { fixture, page } = await render();

    const summary = chart(page)?.getAttribute('aria-label') ?? '';
    expect(
      summary.startsWith('Total income by month, actual against budget: Nov 2025 $585,000 against $590,000;'),
    ).toBe(true);
    expect(summary.endsWith('; Oct 2026 $605,750 against $610,200.')).toBe(true);
    const yAxis = (fixture.debugElement.query(By.directive(Chart)).componentInstance as Chart).options()['yAxis'];
    expect(yAxis).toMatchObject({ scale: true });
  });

  it('says so when no income is booked', async () => {
    apis.financials.getFinancialsRevenueDetail.mockReturnValue(of(revenueDetail({ booked: null, months: [] })));
    const { page } = await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'No income is booked for the months of this period.',
    );
    expect(chart(page)).toBeNull();
  });

  it('explains a failure and tries again', async () => {
    apis.financials.getFinancialsRevenueDetail.mockReturnValue(throwError(() => httpError(503)));
    const { fixture, page } = await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Revenue by month could not be loaded.');

    apis.financials.getFinancialsRevenueDetail.mockReturnValue(of(revenueDetail()));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(chart(page)).not.toBeNull();
  });
});
