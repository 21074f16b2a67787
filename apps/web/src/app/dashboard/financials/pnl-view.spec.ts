import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { of, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  type FakeFinancialsApis,
  fakeFinancialsApis,
  pnl,
  provideFakeFinancialsApis,
} from '../../../testing/portfolio-financials-fixtures';
import { renderView, tableRows } from '../../../testing/view-testing';
import { PnlView } from './pnl-view';

describe('PnlView', () => {
  let apis: FakeFinancialsApis;

  beforeEach(() => (apis = fakeFinancialsApis()));

  const render = (url?: string) =>
    renderView(PnlView, 'financials.pnl', { providers: provideFakeFinancialsApis(apis), url });

  it('asks for the period the date picker shows, then for the picked properties and dates', async () => {
    const { fixture } = await render();

    expect(apis.financials.getFinancialsPnl).toHaveBeenLastCalledWith({ from: '2026-10-22', to: '2026-11-20' });

    await TestBed.inject(Router).navigateByUrl('/dashboard?properties=p-maple&from=2025-12-01&to=2026-11-30');
    await fixture.whenStable();
    expect(apis.financials.getFinancialsPnl).toHaveBeenLastCalledWith({
      propertyIds: ['p-maple'],
      from: '2025-12-01',
      to: '2026-11-30',
    });
  });

  it('names the months the books cover: a period of last month’s days and this month’s covers last month', async () => {
    apis.financials.getFinancialsPnl.mockReturnValue(
      of(pnl({ from: '2026-10-22', to: '2026-11-20', booked: { first: '2026-10-01', last: '2026-10-01' } })),
    );
    const { page } = await render();

    expect(page.querySelector('.period')?.textContent?.trim()).toBe('Covers Oct 2026');
  });

  it('lays out the income statement with subtotals, NOI and whether each variance is good news', async () => {
    const { page } = await render();

    expect(page.querySelector('h2')?.textContent?.trim()).toBe('Income statement');
    expect(page.querySelector('.period')?.textContent?.trim()).toBe('Covers Dec 2025 – Nov 2026');
    expect(tableRows(page.querySelector('table'), 'tbody tr')).toEqual([
      ['Income'],
      ['Gross Potential Rent', '$1,250,000', '$1,240,000', '+$10,000', '+0.8%', 'Favorable'],
      ['Vacancy Loss', '−$62,500', '−$49,600', '−$12,900', '−26.0%', 'Unfavorable'],
      ['Other Income', '$35,250', '$30,000', '+$5,250', '+17.5%', 'Favorable'],
      ['Total income', '$1,222,750', '$1,220,400', '+$2,350', '+0.2%', 'Favorable'],
      ['Operating expenses'],
      ['Payroll', '$180,000', '$175,000', '+$5,000', '+2.9%', 'Unfavorable'],
      ['Utilities', '$60,000', '$64,000', '−$4,000', '−6.3%', 'Favorable'],
      ['Insurance', '$20,000', '$0', '+$20,000', '—', 'Unfavorable'],
      ['Total operating expenses', '$260,000', '$239,000', '+$21,000', '+8.8%', 'Unfavorable'],
      ['Net operating income', '$962,750', '$981,400', '−$18,650', '−1.9%', 'Unfavorable'],
    ]);
    expect(page.querySelector('caption')?.textContent?.trim()).toBe(
      "Income statement: each account's actual amount against budget, with subtotals and net operating income",
    );
    const noiCells = page.querySelectorAll('tr.result td');
    expect([...noiCells].map((cell) => cell.classList.contains('bad'))).toEqual([false, false, true, true, true]);
  });

  it('says so when nothing is booked for the period', async () => {
    apis.financials.getFinancialsPnl.mockReturnValue(
      of(
        pnl({
          income: { accounts: [], total: { actual: 0, budget: 0, variance: 0, variancePct: null } },
          expense: { accounts: [], total: { actual: 0, budget: 0, variance: 0, variancePct: null } },
        }),
      ),
    );
    const { page } = await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'No income or expenses are booked for the months of this period.',
    );
    expect(page.querySelector('table')).toBeNull();
  });

  it('explains a failure and tries again', async () => {
    apis.financials.getFinancialsPnl.mockReturnValue(throwError(() => httpError(500)));
    const { fixture, page } = await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Income statement could not be loaded.');

    apis.financials.getFinancialsPnl.mockReturnValue(of(pnl()));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(tableRows(page.querySelector('table'), 'tbody tr')).toHaveLength(11);
  });
});
