import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { of, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  delinquencySummary,
  type FakeDelinquencyApi,
  fakeDelinquencyApi,
  provideFakeDelinquencyApi,
} from '../../../testing/portfolio-renewals-fixtures';
import { renderView, tilesOf } from '../../../testing/view-testing';
import { DelinquencySummaryView } from './delinquency-summary-view';

describe('DelinquencySummaryView', () => {
  let api: FakeDelinquencyApi;

  const render = () =>
    renderView(DelinquencySummaryView, 'delinquency.summary', { providers: [provideFakeDelinquencyApi(api)] });

  beforeEach(() => (api = fakeDelinquencyApi()));

  it('asks for the picked properties only: balances are as of today', async () => {
    const { fixture } = await render();

    expect(api.getDelinquencySummary).toHaveBeenLastCalledWith({});

    await TestBed.inject(Router).navigateByUrl('/?properties=p-harbor,p-maple&from=2026-01-01&to=2026-03-31');
    await fixture.whenStable();
    expect(api.getDelinquencySummary).toHaveBeenLastCalledWith({ propertyIds: ['p-harbor', 'p-maple'] });
  });

  it('shows the total owed, the delinquent units and each aging bucket', async () => {
    const { page } = await render();

    expect(tilesOf(page)).toEqual([
      { label: 'Total owed', value: '$52,341', under: '4.6% of monthly rent' },
      { label: 'Delinquent units', value: '38', under: '5.3% of 720 units' },
      { label: '0–30 days', value: '$18,200', under: '21 units' },
      { label: '31–60 days', value: '$12,451', under: '9 units' },
      { label: '61–90 days', value: '$9,690', under: '5 units' },
      { label: 'Over 90 days', value: '$12,000', under: '3 units' },
    ]);
  });

  it('shows zeros when nobody owes, and says when there is no rent roll to compare', async () => {
    api.getDelinquencySummary.mockReturnValue(
      of(
        delinquencySummary({
          totalUnits: 1,
          delinquentUnits: 0,
          delinquentUnitsPct: 0,
          totalBalance: 0,
          balancePctOfScheduledRent: null,
          buckets: [{ bucket: '0-30', units: 0, balance: 0 }],
        }),
      ),
    );
    const { page } = await render();

    expect(tilesOf(page)).toEqual([
      { label: 'Total owed', value: '$0', under: 'No rent roll to compare' },
      { label: 'Delinquent units', value: '0', under: '0.0% of 1 unit' },
      { label: '0–30 days', value: '$0', under: '0 units' },
    ]);
  });

  it('explains a failure and tries again', async () => {
    api.getDelinquencySummary.mockReturnValue(throwError(() => httpError(500)));
    const { fixture, page } = await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Arrears by age could not be loaded.');

    api.getDelinquencySummary.mockReturnValue(of(delinquencySummary()));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(tilesOf(page)).toHaveLength(6);
  });

  it('says so when the properties have no units', async () => {
    api.getDelinquencySummary.mockReturnValue(
      of(delinquencySummary({ totalUnits: 0, delinquentUnits: 0, delinquentUnitsPct: null, totalBalance: 0 })),
    );
    const { page } = await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain('These properties have no units yet.');
    expect(tilesOf(page)).toEqual([]);
  });
});
