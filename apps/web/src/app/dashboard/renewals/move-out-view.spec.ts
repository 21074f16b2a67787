import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { of, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  type FakeRenewalsApi,
  fakeRenewalsApi,
  moveOut,
  provideFakeRenewalsApi,
} from '../../../testing/portfolio-renewals-fixtures';
import { renderView, tableRows } from '../../../testing/view-testing';
import { MoveOutView } from './move-out-view';

describe('MoveOutView', () => {
  let api: FakeRenewalsApi;

  const render = () => renderView(MoveOutView, 'renewals.move_out', { providers: [provideFakeRenewalsApi(api)] });
  const chart = (page: HTMLElement) => page.querySelector('od-chart [role="img"]');

  beforeEach(() => (api = fakeRenewalsApi()));

  it('asks for the period the date picker shows', async () => {
    const { fixture } = await render();

    expect(api.getRenewalsMoveOut).toHaveBeenLastCalledWith({ from: '2026-10-22', to: '2026-11-20' });

    await TestBed.inject(Router).navigateByUrl('/?properties=p-harbor&from=2026-01-01&to=2026-06-30');
    await fixture.whenStable();
    expect(api.getRenewalsMoveOut).toHaveBeenLastCalledWith({
      propertyIds: ['p-harbor'],
      from: '2026-01-01',
      to: '2026-06-30',
    });
  });

  it('lists the reasons with their move-outs and share', async () => {
    const { page } = await render();

    expect(page.querySelector('.total')?.textContent?.trim()).toBe('40 move-outs from Oct 2026 through Nov 2026.');
    expect(tableRows(page)).toEqual([
      ['Bought a home', '18', '45.0%'],
      ['Relocation', '14', '35.0%'],
      ['Rent too high', '8', '20.0%'],
    ]);
    expect(page.querySelector('caption')?.textContent?.trim()).toBe('Move-outs per reason, most first');
  });

  it('summarises the chart in words', async () => {
    const { page } = await render();

    expect(chart(page)?.getAttribute('aria-label')).toBe(
      'Move-outs by reason from Oct 2026 through Nov 2026: Bought a home 18 (45.0%), Relocation 14 (35.0%), Rent too high 8 (20.0%).',
    );
  });

  it('names a single month once', async () => {
    api.getRenewalsMoveOut.mockReturnValue(
      of(
        moveOut({
          from: '2026-11-01',
          to: '2026-11-20',
          total: 1,
          reasons: [{ reason: 'Job', moveOuts: 1, sharePct: 100 }],
        }),
      ),
    );
    const { page } = await render();

    expect(page.querySelector('.total')?.textContent?.trim()).toBe('1 move-out in Nov 2026.');
    expect(chart(page)?.getAttribute('aria-label')).toBe('Move-outs by reason in Nov 2026: Job 1 (100.0%).');
  });

  it('explains a failure and tries again', async () => {
    api.getRenewalsMoveOut.mockReturnValue(throwError(() => httpError(503)));
    const { fixture, page } = await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Why residents move out could not be loaded.');

    api.getRenewalsMoveOut.mockReturnValue(of(moveOut()));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(tableRows(page)).toHaveLength(3);
  });

  it('says so when nobody moved out', async () => {
    api.getRenewalsMoveOut.mockReturnValue(of(moveOut({ total: 0, reasons: [] })));
    const { page } = await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'No move-outs were recorded for these properties in this period.',
    );
    expect(chart(page)).toBeNull();
  });
});
