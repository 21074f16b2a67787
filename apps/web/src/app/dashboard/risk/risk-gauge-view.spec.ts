import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { of, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  type FakeFinancialsApis,
  fakeFinancialsApis,
  provideFakeFinancialsApis,
  riskGauge,
} from '../../../testing/portfolio-financials-fixtures';
import { renderView, tilesOf } from '../../../testing/view-testing';
import { RiskGaugeView } from './risk-gauge-view';

describe('RiskGaugeView', () => {
  let apis: FakeFinancialsApis;

  beforeEach(() => (apis = fakeFinancialsApis()));

  const charts = (page: HTMLElement) =>
    [...page.querySelectorAll('od-chart [role="img"]')].map((chart) => chart.getAttribute('aria-label'));
  const figures = (page: HTMLElement) => tilesOf(page).map(({ label, value, under }) => [label, value, under]);

  it('asks for today’s churn risk, whatever period the user picks', async () => {
    const { fixture } = await renderView(RiskGaugeView, 'risk.churn', { providers: provideFakeFinancialsApis(apis) });

    expect(apis.risk.getRiskChurn).toHaveBeenLastCalledWith({});
    expect(apis.risk.getRiskDelinquency).not.toHaveBeenCalled();

    await TestBed.inject(Router).navigateByUrl('/dashboard?properties=p-maple&from=2026-09-01&to=2026-09-30');
    await fixture.whenStable();
    expect(apis.risk.getRiskChurn).toHaveBeenLastCalledWith({ propertyIds: ['p-maple'] });
  });

  it('shows the churn gauge, the spread over the bands and the high-risk leases ending soon', async () => {
    const { page } = await renderView(RiskGaugeView, 'risk.churn', { providers: provideFakeFinancialsApis(apis) });

    expect(page.querySelector('h2')?.textContent?.trim()).toBe('Move-out risk');
    expect(figures(page)).toEqual([
      ['Scored units', '604', 'Occupied units'],
      ['High risk', '42', '7.0% of scored units'],
      ['High-risk leases ending', '9', 'In the next 90 days'],
    ]);
    expect(charts(page)).toEqual([
      'Average churn risk score: 31.5 out of 100 over 604 scored units.',
      'Scored units by churn risk: low 412 (68.2%), medium 150 (24.8%), high 42 (7.0%).',
    ]);
    expect(page.querySelector('.footnote')?.textContent?.trim()).toBe(
      'Risk bands on a 0–100 score: low under 30, medium 30 to under 60, high 60 and over. ' +
        'High-risk leases ending in the next 90 days, Nov 20, 2026 – Feb 17, 2027. ' +
        'This view looks ahead from today, whatever the period picked above.',
    );
  });

  it('adds what the high-risk units owe for delinquency risk', async () => {
    const { page } = await renderView(RiskGaugeView, 'risk.delinquency', {
      providers: provideFakeFinancialsApis(apis),
    });

    expect(apis.risk.getRiskDelinquency).toHaveBeenCalledWith({});
    expect(apis.risk.getRiskChurn).not.toHaveBeenCalled();
    expect(figures(page)).toEqual([
      ['Scored units', '604', 'Occupied units'],
      ['High risk', '42', '7.0% of scored units'],
      ['High-risk leases ending', '9', 'In the next 90 days'],
      ['Owed by high-risk units', '$18,250.50', 'Balance today'],
    ]);
    expect(charts(page)[0]).toBe('Average delinquency risk score: 31.5 out of 100 over 604 scored units.');
  });

  it('says so when no unit has a score', async () => {
    apis.risk.getRiskChurn.mockReturnValue(
      of(
        riskGauge({
          scoredUnits: 0,
          gauge: null,
          bands: [
            { band: 'low', units: 0, pct: null },
            { band: 'medium', units: 0, pct: null },
            { band: 'high', units: 0, pct: null },
          ],
          highRiskLeasesEnding90d: 0,
        }),
      ),
    );
    const { page } = await renderView(RiskGaugeView, 'risk.churn', { providers: provideFakeFinancialsApis(apis) });

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'No occupied unit has a churn risk score yet.',
    );
    expect(charts(page)).toEqual([]);
  });

  it('explains a failure and tries again', async () => {
    apis.risk.getRiskDelinquency.mockReturnValue(throwError(() => httpError(500)));
    const { fixture, page } = await renderView(RiskGaugeView, 'risk.delinquency', {
      providers: provideFakeFinancialsApis(apis),
    });

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Payment risk could not be loaded.');

    apis.risk.getRiskDelinquency.mockReturnValue(of({ ...riskGauge(), highRiskBalance: 0 }));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(charts(page)).toHaveLength(2);
  });
});
