import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { ChatApi } from '@ownerdash/api-client';
import { of, throwError } from 'rxjs';
import { httpError } from '../../../testing/auth-fixtures';
import { fakeEntityThreadCounts } from '../../../testing/chat-fixtures';
import { buttonNamed } from '../../../testing/page-helpers';
import {
  evictionRow,
  evictions,
  type FakeDelinquencyApi,
  fakeDelinquencyApi,
  provideFakeDelinquencyApi,
} from '../../../testing/portfolio-renewals-fixtures';
import { renderView, tableRows } from '../../../testing/view-testing';
import { EvictionsView } from './evictions-view';

describe('EvictionsView', () => {
  let api: FakeDelinquencyApi;

  const render = () =>
    renderView(EvictionsView, 'delinquency.evictions', { providers: [provideFakeDelinquencyApi(api)] });
  const lastQuery = () => api.getDelinquencyEvictions.mock.lastCall?.[0];
  const sortHeader = (page: HTMLElement, column: string) =>
    page.querySelector<HTMLElement>(`th.mat-column-${column} .mat-sort-header-container`);
  const toggles = (page: HTMLElement) =>
    [...page.querySelectorAll('mat-button-toggle button')].map((button) => ({
      text: button.textContent?.replace(/\s+/g, ' ').trim(),
      checked: button.getAttribute('aria-checked'),
    }));

  beforeEach(() => (api = fakeDelinquencyApi()));

  it('asks for the first page, latest filing first', async () => {
    await render();

    expect(lastQuery()).toEqual({ page: 1, pageSize: 25, sort: '-filedOn' });
  });

  it('shows each case with its resident, status, dates and amount owed, formatted', async () => {
    api.getDelinquencyEvictions.mockReturnValue(
      of(
        evictions([
          evictionRow(),
          evictionRow({
            id: 'e-2',
            unitNumber: '3-110',
            caseNumber: '2026-LT-00912',
            residentName: 'Lee Park',
            filedOn: '2026-03-02',
            status: 'completed',
            balance: 0,
            closedOn: '2026-05-19',
          }),
        ]),
      ),
    );
    const { page } = await render();

    expect(tableRows(page)).toEqual([
      [
        'Parkside',
        '2-204',
        'Jordan Avery',
        '2026-LT-01834',
        'Judgment',
        'Aug 14, 2026',
        'Open',
        '$4,820.40',
        'Start a thread',
      ],
      [
        'Parkside',
        '3-110',
        'Lee Park',
        '2026-LT-00912',
        'Completed',
        'Mar 2, 2026',
        'May 19, 2026',
        '$0.00',
        'Start a thread',
      ],
    ]);
    expect(page.querySelector('caption')?.textContent?.trim()).toBe(
      'Eviction cases with the resident, case number, status, dates and amount owed',
    );
    expect(toggles(page)).toEqual([
      { text: 'All 8', checked: 'true' },
      { text: 'Filed 2', checked: 'false' },
      { text: 'Judgment 1', checked: 'false' },
      { text: 'Writ 0', checked: 'false' },
      { text: 'Completed 4', checked: 'false' },
      { text: 'Dismissed 1', checked: 'false' },
    ]);
  });

  it('sorts on the server by the columns the API sorts', async () => {
    const { fixture, page } = await render();

    sortHeader(page, 'balance')?.click();
    await fixture.whenStable();
    expect(lastQuery()).toEqual({ page: 1, pageSize: 25, sort: 'balance' });

    sortHeader(page, 'balance')?.click();
    await fixture.whenStable();
    expect(lastQuery()).toEqual({ page: 1, pageSize: 25, sort: '-balance' });
    expect(sortHeader(page, 'residentName')).toBeNull();
    expect(sortHeader(page, 'caseNumber')).toBeNull();
  });

  it('shows the cases of one status, from the first page, and keeps the choice when there are none', async () => {
    api.getDelinquencyEvictions.mockReturnValue(of(evictions([evictionRow()], { total: 60 })));
    const { fixture, page } = await render();
    page.querySelector<HTMLButtonElement>('button.mat-mdc-paginator-navigation-next')?.click();
    await fixture.whenStable();
    expect(lastQuery()).toEqual({ page: 2, pageSize: 25, sort: '-filedOn' });

    api.getDelinquencyEvictions.mockReturnValue(of(evictions([])));
    page.querySelectorAll<HTMLButtonElement>('mat-button-toggle button')[3]?.click();
    await fixture.whenStable();

    expect(lastQuery()).toEqual({ status: 'writ', page: 1, pageSize: 25, sort: '-filedOn' });
    expect(page.querySelector('.no-rows')?.textContent?.trim()).toBe('No eviction cases in status Writ.');
    expect(toggles(page)[3]).toEqual({ text: 'Writ 0', checked: 'true' });
  });

  it('starts again from the first page for other properties', async () => {
    api.getDelinquencyEvictions.mockReturnValue(of(evictions([evictionRow()], { total: 60 })));
    const { fixture, page } = await render();
    page.querySelector<HTMLButtonElement>('button.mat-mdc-paginator-navigation-next')?.click();
    await fixture.whenStable();

    await TestBed.inject(Router).navigateByUrl('/?properties=p-parkside');
    await fixture.whenStable();
    expect(lastQuery()).toEqual({ propertyIds: ['p-parkside'], page: 1, pageSize: 25, sort: '-filedOn' });
  });

  it('explains a failure and tries again', async () => {
    api.getDelinquencyEvictions.mockReturnValue(throwError(() => httpError(500)));
    const { fixture, page } = await render();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Eviction cases could not be loaded.');

    api.getDelinquencyEvictions.mockReturnValue(of(evictions([evictionRow()])));
    buttonNamed(page, 'Retry')?.click();
    await fixture.whenStable();
    expect(tableRows(page)).toHaveLength(1);
  });

  it('says so when there are no cases at all', async () => {
    api.getDelinquencyEvictions.mockReturnValue(
      of(
        evictions([], {
          countsByStatus: [
            { status: 'filed', count: 0 },
            { status: 'judgment', count: 0 },
            { status: 'writ', count: 0 },
            { status: 'completed', count: 0 },
            { status: 'dismissed', count: 0 },
          ],
        }),
      ),
    );
    const { page } = await render();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'No eviction cases on record for these properties.',
    );
    expect(page.querySelector('table')).toBeNull();
  });

  it('shows how many threads each case has, counted in one request for the page', async () => {
    api.getDelinquencyEvictions.mockReturnValue(of(evictions([evictionRow(), evictionRow({ id: 'e-2' })])));
    const chat = fakeEntityThreadCounts({ 'e-2': 2 });
    const { page } = await renderView(EvictionsView, 'delinquency.evictions', {
      providers: [provideFakeDelinquencyApi(api), { provide: ChatApi, useValue: chat }],
    });

    expect(chat.countEntityThreads.mock.calls).toEqual([[{ entityType: 'eviction', ids: `${evictionRow().id},e-2` }]]);
    expect(
      [...page.querySelectorAll('od-entity-threads-button button')].map((button) => [
        button.textContent?.trim(),
        button.getAttribute('aria-label'),
      ]),
    ).toEqual([
      ['Start a thread', 'Start a thread about eviction 2026-LT-01834'],
      ['2', '2 threads about eviction 2026-LT-01834'],
    ]);
  });
});
