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

  it('asks for the first page, largest balance first', async () => {
    await render();

    expect(lastQuery()).toEqual({ page: 1, pageSize: 25, sort: '-balance' });
  });

  it('shows the balances per collection status and per unit, without names', async () => {
    api.getDelinquencyFormerResidents.mockReturnValue(
      of(
        formerResidents(
          [
            formerResidentRow(),
            formerResidentRow({
              id: 'f-2',
              unitNumber: '3A',
              movedOutOn: '2026-02-28',
              balance: 950,
              collectionStatus: 'written_off',
            }),
          ],
          { total: 11, totalBalance: 23570.5 },
        ),
      ),
    );
    const { page } = await render();

    expect(page.querySelector('.total')?.textContent?.trim()).toBe(
      'Balances of 11 former residents: $23,570.50 still owed.',
    );
    expect(tilesOf(page)).toEqual([
      { label: 'Collecting in house', value: '$4,200', under: '3 former residents' },
      { label: 'With an agency', value: '$18,421', under: '5 former residents' },
      { label: 'Paid', value: '$0', under: '2 former residents' },
      { label: 'Written off', value: '$950', under: '1 former resident' },
    ]);
    expect(tableRows(page)).toEqual([
      ['Maple Court', '12B', 'Jun 30, 2026', 'With an agency', '$2,310.50'],
      ['Maple Court', '3A', 'Feb 28, 2026', 'Written off', '$950.00'],
    ]);
    expect(page.querySelector('caption')?.textContent?.trim()).toBe(
      'Balances former residents left, by unit, with their collection status',
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
    expect(lastQuery()).toEqual({ page: 2, pageSize: 25, sort: '-balance' });

    await TestBed.inject(Router).navigateByUrl('/?properties=p-maple');
    await fixture.whenStable();
    expect(lastQuery()).toEqual({ propertyIds: ['p-maple'], page: 1, pageSize: 25, sort: '-balance' });
  });

  it('explains a failure and tries again', async () => {
    api.getDelinquencyFormerResidents.mockReturnValue(throwError(() => httpError(500)));
    const { fixture, page } = await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain(
      'Former Resident Balances could not be loaded.',
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
