import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import type { RenewalSummaryDto } from '@ownerdash/api-client';
import { of, Subject, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  type FakeRenewalsApi,
  fakeRenewalsApi,
  provideFakeRenewalsApi,
  renewalSummary,
} from '../../../testing/portfolio-renewals-fixtures';
import { renderView, tilesOf } from '../../../testing/view-testing';
import { RenewalSummaryView } from './renewal-summary-view';

describe('RenewalSummaryView', () => {
  let api: FakeRenewalsApi;

  const render = (settle = true) =>
    renderView(RenewalSummaryView, 'renewals.summary', { providers: [provideFakeRenewalsApi(api)], settle });

  beforeEach(() => (api = fakeRenewalsApi()));

  it('shows the renewal rate and what becomes of the expiring leases', async () => {
    const { page } = await render();

    expect(page.querySelector('h2')?.textContent?.trim()).toBe('Renewals at a glance');
    expect(tilesOf(page)).toEqual([
      { label: 'Renewal rate', value: '56.3%', under: 'Of expiring leases' },
      { label: 'Expiring leases', value: '48', under: 'Ending in the window' },
      { label: 'Renewed', value: '27', under: 'of 48 expiring' },
      { label: 'Vacating', value: '9', under: 'of 48 expiring' },
      { label: 'Pending', value: '12', under: 'No decision yet' },
    ]);
    expect(page.querySelector('.footnote')?.textContent?.trim()).toBe(
      'Leases ending in the next 90 days, Nov 20, 2026 – Feb 17, 2027. ' +
        'This view looks ahead from today, whatever the period picked above.',
    );
  });

  it('leaves the window ahead to the API, whatever period the user picks', async () => {
    const { fixture } = await render();

    expect(api.getRenewalsSummary).toHaveBeenLastCalledWith({});

    await TestBed.inject(Router).navigateByUrl('/?properties=p-maple&from=2026-09-01&to=2026-11-30');
    await fixture.whenStable();
    expect(api.getRenewalsSummary).toHaveBeenLastCalledWith({ propertyIds: ['p-maple'] });
  });

  it('shows a skeleton while the figures load', async () => {
    const answer = new Subject<RenewalSummaryDto>();
    api.getRenewalsSummary.mockReturnValue(answer);
    const { fixture, page } = await render(false);

    expect(page.querySelector('[aria-busy="true"]')?.textContent).toContain('Loading Renewals at a glance');

    answer.next(renewalSummary());
    answer.complete();
    await fixture.whenStable();
    expect(tilesOf(page)).toHaveLength(5);
  });

  it('explains a failure and tries again', async () => {
    api.getRenewalsSummary.mockReturnValue(throwError(() => httpError(500)));
    const { fixture, page } = await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Renewals at a glance could not be loaded.');

    api.getRenewalsSummary.mockReturnValue(of(renewalSummary()));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(tilesOf(page)).toHaveLength(5);
  });

  it('says so when no lease ends in the window', async () => {
    api.getRenewalsSummary.mockReturnValue(
      of(renewalSummary({ expiring: 0, renewed: 0, vacating: 0, pending: 0, renewalRatePct: null })),
    );
    const { page } = await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'No leases of these properties end in the next 90 days, Nov 20, 2026 – Feb 17, 2027.',
    );
    expect(tilesOf(page)).toEqual([]);
  });
});
