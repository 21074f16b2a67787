import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { of, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  expirationChart,
  expirationMonth,
  type FakeRenewalsApi,
  fakeRenewalsApi,
  provideFakeRenewalsApi,
} from '../../../testing/portfolio-renewals-fixtures';
import { renderView } from '../../../testing/view-testing';
import { ExpirationChartView } from './expiration-chart-view';

describe('ExpirationChartView', () => {
  let api: FakeRenewalsApi;

  const render = () =>
    renderView(ExpirationChartView, 'renewals.expiration_chart', { providers: [provideFakeRenewalsApi(api)] });
  const chart = (page: HTMLElement) => page.querySelector('od-chart [role="img"]');

  beforeEach(() => (api = fakeRenewalsApi()));

  it('asks for the year ahead of the picked properties, whatever period the picker shows', async () => {
    const { fixture } = await render();

    expect(api.getRenewalsExpirationChart).toHaveBeenLastCalledWith({});

    await TestBed.inject(Router).navigateByUrl('/?properties=p-maple&from=2026-01-01&to=2026-03-31');
    await fixture.whenStable();
    expect(api.getRenewalsExpirationChart).toHaveBeenLastCalledWith({ propertyIds: ['p-maple'] });
  });

  it('totals the year’s expirations by outcome', async () => {
    const { page } = await render();

    expect(page.querySelector('.total')?.textContent?.trim()).toBe(
      '38 leases end from Nov 2026 through Oct 2027: 12 renewed, 7 vacating, 19 pending.',
    );
    expect(page.querySelector('.footnote')?.textContent?.trim()).toBe(
      'This view looks ahead from today, whatever the period picked above.',
    );
  });

  it('summarises every month of the chart in words', async () => {
    const { page } = await render();

    expect(chart(page)?.getAttribute('aria-label')).toBe(
      'Leases ending per month from Nov 2026 through Oct 2027: ' +
        'Nov 2026 12 (7 renewed, 2 vacating, 3 pending); Dec 2026 20 (5 renewed, 4 vacating, 11 pending); ' +
        'Jan 2027 6 (0 renewed, 1 vacating, 5 pending); Feb 2027 none; Mar 2027 none; Apr 2027 none; ' +
        'May 2027 none; Jun 2027 none; Jul 2027 none; Aug 2027 none; Sep 2027 none; Oct 2027 none.',
    );
  });

  it('explains a failure and tries again', async () => {
    api.getRenewalsExpirationChart.mockReturnValue(throwError(() => httpError(500)));
    const { fixture, page } = await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain(
      'Lease expirations by month could not be loaded.',
    );

    api.getRenewalsExpirationChart.mockReturnValue(of(expirationChart()));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(chart(page)).not.toBeNull();
  });

  it('says so when no lease ends in the year ahead', async () => {
    const chartData = expirationChart();
    api.getRenewalsExpirationChart.mockReturnValue(
      of({ ...chartData, months: chartData.months.map((month) => expirationMonth(month.month)) }),
    );
    const { page } = await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'No leases of these properties end in the next 12 months.',
    );
    expect(chart(page)).toBeNull();
  });
});
