import { TestBed } from '@angular/core/testing';
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

  it('totals each income account over the period against budget', async () => {
    const { page } = await render();

    expect(page.querySelector('.period')?.textContent?.trim()).toBe('Covers Oct 2026 – Nov 2026');
    expect(tableRows(page.querySelector('table'), 'tbody tr')).toEqual([
      ['Gross Potential Rent', '$1,250,000', '$1,240,000', '+$10,000', '+0.8%', 'Favorable'],
      ['Vacancy Loss', '−$62,500', '−$49,600', '−$12,900', '−26.0%', 'Unfavorable'],
      ['Other Income', '$35,250', '$30,000', '+$5,250', '+17.5%', 'Favorable'],
      ['Total income', '$1,222,750', '$1,220,400', '+$2,350', '+0.2%', 'Favorable'],
    ]);
  });

  it('summarises the monthly chart of total income in words', async () => {
    const { page } = await render();

    expect(chart(page)?.getAttribute('aria-label')).toBe(
      'Total income by month, actual against budget: Oct 2026 $607,000 against $610,200; Nov 2026 $615,750 against $610,200.',
    );
  });

  it('says so when no income is booked', async () => {
    apis.financials.getFinancialsRevenueDetail.mockReturnValue(of(revenueDetail({ accounts: [] })));
    const { page } = await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'No income is booked for the months of this period.',
    );
    expect(chart(page)).toBeNull();
  });

  it('explains a failure and tries again', async () => {
    apis.financials.getFinancialsRevenueDetail.mockReturnValue(throwError(() => httpError(503)));
    const { fixture, page } = await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Revenue Breakdown could not be loaded.');

    apis.financials.getFinancialsRevenueDetail.mockReturnValue(of(revenueDetail()));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(chart(page)).not.toBeNull();
  });
});
