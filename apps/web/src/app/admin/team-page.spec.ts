import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AdminApi, PropertiesApi } from '@ownerdash/api-client';
import { firstValueFrom, of, throwError } from 'rxjs';
import { adminUser, type FakeAdminApi, fakeAdminApi, fakePropertiesApi, userList } from '../../testing/admin-fixtures';
import { httpError } from '../../testing/auth-fixtures';
import { SEARCH_DELAY_MS, TeamPage } from './team-page';

describe('TeamPage', () => {
  let api: FakeAdminApi;
  let harness: RouterTestingHarness;
  let router: Router;

  async function open(url: string): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [
        provideRouter(
          [
            { path: 'admin', component: TeamPage },
            { path: 'admin/users/:id', children: [] },
          ],
          withComponentInputBinding(),
        ),
        { provide: AdminApi, useValue: api },
        { provide: PropertiesApi, useValue: fakePropertiesApi() },
      ],
    });
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    return settle();
  }

  async function settle(): Promise<HTMLElement> {
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  const lastQuery = () => api.listUsers.mock.lastCall?.[0];
  const rows = (page: HTMLElement) =>
    [...page.querySelectorAll('tr.member-row')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim()),
    );

  beforeEach(() => {
    api = fakeAdminApi();
  });

  afterEach(() => jest.useRealTimers());

  it('asks the server for the page the URL describes', async () => {
    await open('/admin?q=sarah&role=user&status=pending&page=2&pageSize=50');

    expect(lastQuery()).toEqual({ q: 'sarah', role: 'user', status: 'pending', page: 2, pageSize: 50 });
  });

  it('ignores what it does not know in the URL', async () => {
    await open('/admin?role=owner&status=gone&page=-3&pageSize=7');

    expect(lastQuery()).toEqual({ page: 1, pageSize: 25 });
  });

  it('lists each member with role, scope, status and last sign-in', async () => {
    api.listUsers.mockReturnValue(
      of(
        userList([
          adminUser({ displayName: 'Ada Admin', email: 'ada@phh.example', role: 'admin' }),
          adminUser({ scope: { allProperties: false, propertyCount: 1 }, pendingInvite: true }),
          adminUser({ id: 'user-3', displayName: 'Old Timer', isActive: false, lastLogin: '2025-01-05T10:00:00Z' }),
        ]),
      ),
    );
    const page = await open('/admin');

    expect(rows(page)).toEqual([
      ['Ada Admin', 'ada@phh.example', 'Admin', 'All properties', 'Active', 'Never'],
      ['Sarah Miller', 'sarah@phh.example', 'User', '1 property', 'Pending invite', 'Never'],
      ['Old Timer', 'sarah@phh.example', 'User', 'All properties', 'Deactivated', 'Jan 5, 2025'],
    ]);
  });

  it('puts a search, once typing pauses, into the URL and starts again from the first page', async () => {
    const page = await open('/admin?page=3&role=user');
    const search = page.querySelector<HTMLInputElement>('input[name="q"]') as HTMLInputElement;
    const type = (text: string) => {
      search.value = text;
      search.dispatchEvent(new Event('input'));
    };
    const searches = () => api.listUsers.mock.calls.map(([params]) => params?.q);
    jest.useFakeTimers();

    type('sar');
    await jest.advanceTimersByTimeAsync(SEARCH_DELAY_MS - 1);
    type('sarah ');
    await jest.advanceTimersByTimeAsync(SEARCH_DELAY_MS - 1);

    expect(searches()).toEqual([undefined]);
    expect(router.url).toBe('/admin?page=3&role=user');

    await jest.advanceTimersByTimeAsync(1);
    expect(router.url).toBe('/admin?q=sarah&role=user');

    // Let the page take in the new query on the fake clock, then give the app real time back.
    await jest.runAllTimersAsync();
    jest.useRealTimers();
    await settle();

    expect(lastQuery()).toEqual({ q: 'sarah', role: 'user', page: 1, pageSize: 25 });
    expect(searches()).toEqual([undefined, 'sarah']);
  });

  it('fills the search box from the URL, as after a reload or going back', async () => {
    const page = await open('/admin?q=maple');

    expect(page.querySelector<HTMLInputElement>('input[name="q"]')?.value).toBe('maple');
  });

  it('pages on the server and keeps the page in the URL', async () => {
    api.listUsers.mockReturnValue(of(userList([adminUser()], 60)));
    const page = await open('/admin?status=active');

    page.querySelector<HTMLButtonElement>('button[aria-label="Next page"]')?.click();
    await settle();

    expect(router.url).toBe('/admin?status=active&page=2');
    expect(lastQuery()).toEqual({ status: 'active', page: 2, pageSize: 25 });
  });

  it('says when no one matches the filters, and clears them', async () => {
    const page = await open('/admin?q=nobody&status=inactive');

    expect(page.querySelector('[role="status"]')?.textContent).toContain('No one matches these filters.');
    [...page.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Clear filters')?.click();
    await settle();

    expect(router.url).toBe('/admin');
  });

  it('invites the first member of an empty team', async () => {
    const page = await open('/admin');

    expect(page.querySelector('[role="status"]')?.textContent).toContain('Invite your first team member.');
  });

  it('explains a failure and tries again on request', async () => {
    api.listUsers.mockReturnValueOnce(throwError(() => httpError(500)));
    const page = await open('/admin');

    expect(page.querySelector('[role="alert"]')?.textContent).toContain(
      'The team could not be loaded. Something went wrong on our side.',
    );
    api.listUsers.mockReturnValue(of(userList([adminUser()])));
    [...page.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Retry')?.click();
    await settle();

    expect(page.querySelector('[role="alert"]')).toBeNull();
    expect(rows(page)).toHaveLength(1);
  });

  it('reads the team again after the invitation dialog closes', async () => {
    const page = await open('/admin');
    const dialog = TestBed.inject(MatDialog);
    [...page.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Invite')?.click();
    await settle();
    expect(dialog.openDialogs).toHaveLength(1);

    dialog.closeAll();
    await firstValueFrom(dialog.afterAllClosed);
    await settle();

    expect(api.listUsers).toHaveBeenCalledTimes(2);
  });

  it('opens a member from the keyboard as well as with a click', async () => {
    api.listUsers.mockReturnValue(of(userList([adminUser({ id: 'user-7' })])));
    const page = await open('/admin');
    const row = page.querySelector<HTMLElement>('tr.member-row') as HTMLElement;

    expect(row.tabIndex).toBe(0);
    row.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await settle();

    expect(router.url).toBe('/admin/users/user-7');
  });
});
