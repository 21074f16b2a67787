import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { of, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  type FakeFinancialsApis,
  fakeFinancialsApis,
  financialKpiHeader,
  provideFakeFinancialsApis,
} from '../../../testing/portfolio-financials-fixtures';
import { renderView, tilesOf, tileTones } from '../../../testing/view-testing';
import { FinancialKpisView } from './financial-kpis-view';

describe('FinancialKpisView', () => {
  let apis: FakeFinancialsApis;

  beforeEach(() => (apis = fakeFinancialsApis()));

  const render = () =>
    renderView(FinancialKpisView, 'financials.kpi_header', { providers: provideFakeFinancialsApis(apis) });

  it('asks for the period the date picker shows, and again for a picked range', async () => {
    const { fixture } = await render();

    expect(apis.financials.getFinancialsKpiHeader).toHaveBeenLastCalledWith({ from: '2026-10-22', to: '2026-11-20' });

    await TestBed.inject(Router).navigateByUrl('/dashboard?from=2026-01-01&to=2026-06-30');
    await fixture.whenStable();
    expect(apis.financials.getFinancialsKpiHeader).toHaveBeenLastCalledWith({ from: '2026-01-01', to: '2026-06-30' });
  });

  it('shows each figure against its budget, in signs and in words', async () => {
    const { page } = await render();

    expect(tilesOf(page)).toEqual([
      {
        label: 'Economic occupancy',
        value: '92.4%',
        under: '−0.6 pts vs budget / 0.6 points below the budget of 93.0%, unfavorable',
      },
      {
        label: 'Bad debt',
        value: '1.1%',
        under: '−0.4 pts vs budget / 0.4 points below the budget of 1.5%, favorable',
      },
      {
        label: 'Net operating income',
        value: '$962,750',
        under: '+$1,350 vs budget / $1,350 above the budget of $961,400, favorable',
      },
      {
        label: 'NOI margin',
        value: '78.8%',
        under: 'On budget / On the budget of 78.8%',
      },
      { label: 'Expense ratio', value: '21.3%', under: 'No budget to compare' },
    ]);
    expect(tileTones(page)).toEqual(['bad', 'good', 'good', 'neutral', 'neutral']);
    expect(page.querySelector('.footnote')?.textContent?.trim()).toBe('Covers Dec 2025 – Nov 2026');
  });

  it('says so when nothing is booked for the period', async () => {
    const nothing = { actual: null, budget: null };
    apis.financials.getFinancialsKpiHeader.mockReturnValue(
      of(
        financialKpiHeader({
          economicOccupancyPct: nothing,
          badDebtPct: nothing,
          noi: { actual: 0, budget: 0 },
          noiMarginPct: nothing,
          expenseRatioPct: nothing,
        }),
      ),
    );
    const { page } = await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'No income or expenses are booked for the months of this period.',
    );
    expect(tilesOf(page)).toEqual([]);
  });

  it('explains a failure and tries again', async () => {
    apis.financials.getFinancialsKpiHeader.mockReturnValue(throwError(() => httpError(500)));
    const { fixture, page } = await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Financials at a glance could not be loaded.');

    apis.financials.getFinancialsKpiHeader.mockReturnValue(of(financialKpiHeader()));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(tilesOf(page)).toHaveLength(5);
  });
});
