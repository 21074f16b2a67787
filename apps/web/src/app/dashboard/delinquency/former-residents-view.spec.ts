import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { of, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  type FakeDelinquencyApi,
  fakeDelinquencyApi,
  formerResidentRow,
  formerResidents,
  provideFakeDelinquencyApi,
} from '../../../testing/portfolio-renewals-fixtures';
import { renderView, tableRows, tilesOf } from '../../../testing/view-testing';
import { FormerResidentsView } from './former-residents-view';

describe('FormerResidentsView', () => {
  let api: FakeDelinquencyApi;

  const render = () =>
    renderView(FormerResidentsView, 'delinquency.former_residents', { providers: [provideFakeDelinquencyApi(api)] });
  const lastQuery = () => api.getDelinquencyFormerResidents.mock.lastCall?.[0];
  const sortHeader = (page: HTMLElement, column: string) =>
    page.querySelector<HTMLElement>(`th.mat-column-${column} .mat-sort-header-container`);

  beforeEach(() => (api = fakeDelinquencyApi()));

  it('asks for the first page, most still owed first', async () => {
    await render();

    expect(lastQuery()).toEqual({ page: 1, pageSize: 25, sort: '-owedNow' });
  });

  it('splits what was left owing into still owed, collected and written off, adding up', async () => {
    api.getDelinquencyFormerResidents.mockReturnValue(of(formerResidents([formerResidentRow()], { total: 11 })));
    const { page } = await render();

    // 4,200 + 18,420.50 = 22,620.50 still owed; 22,620.50 + 1,500 + 950 = 25,070.50 left owing.
    expect(page.querySelector('.total')?.textContent?.trim()).toBe(
      '11 former residents left $25,070.50 owing at move-out: $22,620.50 still owed, $1,500.00 collected and $950.00 written off.',
    );
    expect(tilesOf(page)).toEqual([
      { label: 'Collecting in house', value: '$4,200', under: '3 former residents, still owed' },
      { label: 'With an agency', value: '$18,421', under: '5 former residents, still owed' },
      { label: 'Collected', value: '$1,500', under: '2 former residents, paid in full' },
      { label: 'Written off', value: '$950', under: '1 former resident, not collected' },
    ]);
  });

  it('shows per unit what was left owing and what is owed now, nothing for a paid debt, without names', async () => {
    api.getDelinquencyFormerResidents.mockReturnValue(
      of(
        formerResidents([
          formerResidentRow(),
          formerResidentRow({
            id: 'f-2',
            unitNumber: '3A',
            movedOutOn: '2026-02-28',
            owedAtMoveOut: 950,
            owedNow: 0,
            collectionStatus: 'paid',
          }),
        ]),
      ),
    );
    const { page } = await render();

    expect(tableRows(page)).toEqual([
      ['Maple Court', '12B', 'Jun 30, 2026', '$2,310.50', 'With an agency', '$2,310.50', ''],
      ['Maple Court', '3A', 'Feb 28, 2026', '$950.00', 'Paid', '$0.00', ''],
    ]);
    expect(page.querySelector('caption')?.textContent?.trim()).toBe(
      'What former residents left owing at move-out, by unit, with their collection status and what is still owed',
    );
  });

  it('sorts on the server', async () => {
    const { fixture, page } = await render();

    sortHeader(page, 'movedOutOn')?.click();
    await fixture.whenStable();
    expect(lastQuery()).toEqual({ page: 1, pageSize: 25, sort: 'movedOutOn' });

    sortHeader(page, 'movedOutOn')?.click();
    await fixture.whenStable();
    expect(lastQuery()).toEqual({ page: 1, pageSize: 25, sort: '-movedOutOn' });
  });

  it('pages on the server, and starts again from the first page for new filters', async () => {
    api.getDelinquencyFormerResidents.mockReturnValue(of(formerResidents([formerResidentRow()], { total: 60 })));
    const { fixture, page } = await render();

    page.querySelector<HTMLButtonElement>('button.mat-mdc-paginator-navigation-next')?.click();
    await fixture.whenStable();
    expect(lastQuery()).toEqual({ page: 2, pageSize: 25, sort: '-owedNow' });

    await TestBed.inject(Router).navigateByUrl('/?properties=p-maple');
    await fixture.whenStable();
    expect(lastQuery()).toEqual({ propertyIds: ['p-maple'], page: 1, pageSize: 25, sort: '-owedNow' });
  });

  it('explains a failure and tries again', async () => {
    api.getDelinquencyFormerResidents.mockReturnValue(throwError(() => httpError(500)));
    const { fixture, page } = await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain(
      'What former residents owe could not be loaded.',
    );

    api.getDelinquencyFormerResidents.mockReturnValue(of(formerResidents([formerResidentRow()])));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(tableRows(page)).toHaveLength(1);
  });

  it('says so when no former resident has a balance', async () => {
    api.getDelinquencyFormerResidents.mockReturnValue(of(formerResidents([])));
    const { page } = await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'No former resident of these properties has a balance on record.',
    );
    expect(page.querySelector('table')).toBeNull();
  });
});
