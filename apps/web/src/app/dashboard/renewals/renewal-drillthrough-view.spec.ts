import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { of, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  type FakeRenewalsApi,
  fakeRenewalsApi,
  provideFakeRenewalsApi,
  renewalDrillthrough,
  renewalRow,
} from '../../../testing/portfolio-renewals-fixtures';
import { renderView, tableRows } from '../../../testing/view-testing';
import { RenewalDrillthroughView } from './renewal-drillthrough-view';

describe('RenewalDrillthroughView', () => {
  let api: FakeRenewalsApi;

  const render = () =>
    renderView(RenewalDrillthroughView, 'renewals.drillthrough', { providers: [provideFakeRenewalsApi(api)] });
  const lastQuery = () => api.getRenewalsDrillthrough.mock.lastCall?.[0];
  const sortHeader = (page: HTMLElement, column: string) =>
    page.querySelector<HTMLElement>(`th.mat-column-${column} .mat-sort-header-container`);

  beforeEach(() => (api = fakeRenewalsApi()));

  /** Each status toggle's text: its name and how many leases have it. */
  const toggles = (page: HTMLElement) =>
    [...page.querySelectorAll('mat-button-toggle button')].map((button) =>
      button.textContent?.replace(/\s+/g, ' ').trim(),
    );

  it('asks for the first page of the API’s window ahead, soonest end first', async () => {
    await render();

    expect(lastQuery()).toEqual({ page: 1, pageSize: 25, sort: 'leaseEnd' });
  });

  it('shows each expiring lease with its resident, dates, status and rents, formatted', async () => {
    api.getRenewalsDrillthrough.mockReturnValue(
      of(
        renewalDrillthrough([
          renewalRow(),
          renewalRow({
            unitNumber: '310',
            residentName: null,
            residentEmail: null,
            residentPhone: null,
            leaseEnd: '2027-01-15',
            currentRent: null,
            marketRent: 1725,
            renewalStatus: 'vacating',
          }),
        ]),
      ),
    );
    const { page } = await render();

    expect(tableRows(page)).toEqual([
      [
        'Harbor View',
        '204',
        'Sam Ortiz',
        'sam@example.com+1 512 555 0204',
        'Dec 31, 2026',
        'Pending',
        '$1,580',
        '$1,650',
        'Start a thread',
      ],
      ['Harbor View', '310', '—', '—', 'Jan 15, 2027', 'Vacating', '—', '$1,725', 'Start a thread'],
    ]);
    expect([...page.querySelectorAll('od-resident-contact a')].map((link) => link.getAttribute('href'))).toEqual([
      'mailto:sam@example.com',
      'tel:+1 512 555 0204',
    ]);
    expect(page.querySelector('caption')?.textContent?.trim()).toBe(
      'Leases ending in the window, with resident contact details and renewal status',
    );
    expect(page.querySelector('.total')?.textContent?.trim()).toBe(
      '2 leases ending in the next 90 days, Nov 20, 2026 – Feb 17, 2027.',
    );
    expect(page.querySelector('.footnote')?.textContent?.trim()).toBe(
      'This view looks ahead from today, whatever the period picked above.',
    );
  });

  it('sorts on the server by the columns the API sorts', async () => {
    const { fixture, page } = await render();

    sortHeader(page, 'marketRent')?.click();
    await fixture.whenStable();
    expect(lastQuery()).toEqual({ page: 1, pageSize: 25, sort: 'marketRent' });

    sortHeader(page, 'marketRent')?.click();
    await fixture.whenStable();
    expect(lastQuery()).toEqual({ page: 1, pageSize: 25, sort: '-marketRent' });
    expect(sortHeader(page, 'contact')).toBeNull();
  });

  it('shows the leases of one renewal status, and keeps the choice when none has it', async () => {
    const { fixture, page } = await render();
    expect(toggles(page)).toEqual(['All 1', 'Renewed 0', 'Vacating 0', 'Pending 1']);
    api.getRenewalsDrillthrough.mockReturnValue(of(renewalDrillthrough([])));

    buttonNamed(page, 'Vacating 0')?.click();
    await fixture.whenStable();

    expect(lastQuery()).toEqual({ status: 'vacating', page: 1, pageSize: 25, sort: 'leaseEnd' });
    expect(page.querySelector('.no-rows')?.textContent?.trim()).toBe(
      'No vacating leases end in the next 90 days, Nov 20, 2026 – Feb 17, 2027.',
    );
    expect(buttonNamed(page, 'Vacating 0')?.getAttribute('aria-checked')).toBe('true');

    buttonNamed(page, 'All 0')?.click();
    await fixture.whenStable();
    expect(lastQuery()).toEqual({ page: 1, pageSize: 25, sort: 'leaseEnd' });
  });

  it('pages on the server, and keeps its page and window whatever period is picked', async () => {
    api.getRenewalsDrillthrough.mockReturnValue(of(renewalDrillthrough([renewalRow()], { total: 60 })));
    const { fixture, page } = await render();

    page.querySelector<HTMLButtonElement>('button.mat-mdc-paginator-navigation-next')?.click();
    await fixture.whenStable();
    expect(lastQuery()).toEqual({ page: 2, pageSize: 25, sort: 'leaseEnd' });

    await TestBed.inject(Router).navigateByUrl('/?from=2026-09-01&to=2026-11-30');
    await fixture.whenStable();
    expect(lastQuery()).toEqual({ page: 2, pageSize: 25, sort: 'leaseEnd' });

    await TestBed.inject(Router).navigateByUrl('/?properties=p-maple');
    await fixture.whenStable();
    expect(lastQuery()).toEqual({ propertyIds: ['p-maple'], page: 1, pageSize: 25, sort: 'leaseEnd' });
  });

  it('explains a failure and tries again', async () => {
    api.getRenewalsDrillthrough.mockReturnValue(throwError(() => httpError(500)));
    const { fixture, page } = await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Leases ending soon could not be loaded.');

    api.getRenewalsDrillthrough.mockReturnValue(of(renewalDrillthrough([renewalRow()])));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(tableRows(page)).toHaveLength(1);
  });

  it('says so when no lease ends in the window', async () => {
    api.getRenewalsDrillthrough.mockReturnValue(of(renewalDrillthrough([])));
    const { page } = await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'No leases of these properties end in the next 90 days, Nov 20, 2026 – Feb 17, 2027.',
    );
    expect(page.querySelector('table')).toBeNull();
  });
});
