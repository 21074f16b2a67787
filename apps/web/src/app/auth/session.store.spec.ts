import { TestBed } from '@angular/core/testing';
import { firstValueFrom, of, Subject, throwError } from 'rxjs';
import {
  type FakeAuthApi,
  fakeAuthApi,
  httpError,
  meResponse,
  refreshResponse,
  TEST_USER,
} from '../../testing/auth-fixtures';
import { AuthApiService, type RefreshResponse } from './auth-api.service';
import { REFRESH_LOCK_NAME, REFRESH_LOCK_WAIT_MS, SessionStore, START_UP_REQUEST_TIMEOUT_MS } from './session.store';

describe('SessionStore', () => {
  let api: FakeAuthApi;
  let store: SessionStore;

  beforeEach(() => {
    api = fakeAuthApi(meResponse({ tabs: ['risk', 'overview'], views: ['risk.churn'] }));
    TestBed.configureTestingModule({ providers: [{ provide: AuthApiService, useValue: api }] });
    store = TestBed.inject(SessionStore);
  });

  afterEach(() => {
    Reflect.deleteProperty(navigator, 'locks');
  });

  describe('initialize', () => {
    it('restores the session and the profile from the refresh cookie, in one request', async () => {
      await store.initialize();

      expect(api.refresh).toHaveBeenCalledTimes(1);
      expect(api.me).not.toHaveBeenCalled();
      expect(store.signedIn()).toBe(true);
      expect(store.accessToken()).toBe('access-1');
      expect(store.user()).toEqual(TEST_USER);
      expect(store.organization()?.name).toBe('PHH');
      expect(store.visibleViewIds().has('risk.churn')).toBe(true);
    });

    describe('always ends, signed in or out, within a bounded time', () => {
      beforeEach(() => jest.useFakeTimers());
      afterEach(() => jest.useRealTimers());

      /** Starts the app and reports whether start-up has finished after `elapsedMs`. */
      async function startUpFinishedAfter(elapsedMs: number): Promise<boolean> {
        let finished = false;
        void store.initialize().then(() => (finished = true));
        await jest.advanceTimersByTimeAsync(elapsedMs);
        return finished;
      }

      it('goes ahead with the refresh when another tab holds the refresh lock and never lets go', async () => {
        // The other tab's turn never ends; the lock manager gives up waiting only when told to.
        const request = jest.fn(
          (_name: string, options: LockOptions) =>
            new Promise((_resolve, reject) =>
              options.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
            ),
        );
        Object.defineProperty(navigator, 'locks', { value: { request }, configurable: true });

        expect(await startUpFinishedAfter(REFRESH_LOCK_WAIT_MS - 1)).toBe(false);
        expect(api.refresh).not.toHaveBeenCalled();
        await jest.advanceTimersByTimeAsync(1);

        expect(api.refresh).toHaveBeenCalledTimes(1);
        expect(store.signedIn()).toBe(true);
      });

      it('starts signed out when the refresh gets no answer', async () => {
        api.refresh.mockReturnValue(new Subject<RefreshResponse>());

        expect(await startUpFinishedAfter(START_UP_REQUEST_TIMEOUT_MS)).toBe(true);
        expect(store.signedIn()).toBe(false);
      });
    });

    it('starts signed out when there is no session', async () => {
      api.refresh.mockReturnValue(throwError(() => httpError(401)));

      await expect(store.initialize()).resolves.toBeUndefined();

      expect(api.me).not.toHaveBeenCalled();
      expect(store.signedIn()).toBe(false);
      expect(store.accessToken()).toBeNull();
    });
  });

  it('lists the visible tabs in navigation order, whatever order the server grants them in', async () => {
    await store.initialize();

    expect(store.visibleTabs().map((tab) => tab.id)).toEqual(['overview', 'risk']);
  });

  describe('signIn', () => {
    it('keeps the access token in memory only', async () => {
      await firstValueFrom(store.signIn({ email: 'ada@example.com', password: 'secret' }));

      expect(api.login).toHaveBeenCalledWith({ email: 'ada@example.com', password: 'secret' });
      expect(store.accessToken()).toBe('access-1');
      expect(JSON.stringify({ ...localStorage })).not.toContain('access-1');
      expect(JSON.stringify({ ...sessionStorage })).not.toContain('access-1');
      expect(document.cookie).not.toContain('access-1');
    });

    it('loads the profile before it completes', async () => {
      await firstValueFrom(store.signIn({ email: 'ada@example.com', password: 'secret' }));

      expect(api.me).toHaveBeenCalledTimes(1);
      expect(store.organization()?.name).toBe('PHH');
    });

    it('stays signed out when the profile cannot be loaded', async () => {
      api.me.mockReturnValue(throwError(() => httpError(500)));

      await expect(firstValueFrom(store.signIn({ email: 'ada@example.com', password: 'secret' }))).rejects.toBeTruthy();

      expect(store.signedIn()).toBe(false);
    });
  });

  describe('refreshAccessToken', () => {
    it('shares one refresh request between concurrent callers', async () => {
      const response = new Subject<RefreshResponse>();
      api.refresh.mockReturnValue(response);

      const first = firstValueFrom(store.refreshAccessToken());
      const second = firstValueFrom(store.refreshAccessToken());
      response.next(refreshResponse('access-2'));
      response.complete();

      await expect(Promise.all([first, second])).resolves.toEqual(['access-2', 'access-2']);
      expect(api.refresh).toHaveBeenCalledTimes(1);
      expect(store.accessToken()).toBe('access-2');
    });

    it('starts a new request once the previous one has finished', async () => {
      await firstValueFrom(store.refreshAccessToken());
      await firstValueFrom(store.refreshAccessToken());

      expect(api.refresh).toHaveBeenCalledTimes(2);
    });

    it('waits for the cross-tab lock before it sends the refresh', async () => {
      let grant: () => void = () => undefined;
      const request = jest.fn((_name: string, _options: LockOptions, callback: () => Promise<unknown>) => {
        return new Promise((resolve) => (grant = () => resolve(callback())));
      });
      Object.defineProperty(navigator, 'locks', { value: { request }, configurable: true });

      const token = firstValueFrom(store.refreshAccessToken());
      await Promise.resolve();

      expect(request).toHaveBeenCalledWith(REFRESH_LOCK_NAME, expect.anything(), expect.any(Function));
      expect(api.refresh).not.toHaveBeenCalled();

      grant();
      await expect(token).resolves.toBe('access-1');
      expect(api.refresh).toHaveBeenCalledTimes(1);
    });
  });

  it('takes the profile of every refresh, so rights an admin changed show at once', async () => {
    await store.initialize();
    api.refresh.mockReturnValue(of(refreshResponse('access-2', meResponse({ tabs: ['leasing'], views: [] }))));

    await expect(firstValueFrom(store.refreshAccessToken())).resolves.toBe('access-2');

    expect(api.me).not.toHaveBeenCalled();
    expect(store.visibleTabs().map((tab) => tab.id)).toEqual(['leasing']);
    expect(store.visibleViewIds().size).toBe(0);
  });

  it('signs in an invited user with the session accepting the invitation returns', async () => {
    await firstValueFrom(store.acceptInvite({ token: 'invitation-token-0123456789', newPassword: 'a long password' }));

    expect(api.acceptInvite).toHaveBeenCalledWith({
      token: 'invitation-token-0123456789',
      newPassword: 'a long password',
    });
    expect(store.signedIn()).toBe(true);
    expect(store.visibleTabs().map((tab) => tab.id)).toEqual(['overview', 'risk']);
  });

  it('tells tabs and views the permission tree shows from those it hides', async () => {
    await store.initialize();

    expect([
      store.permits('risk'),
      store.permits('risk.churn'),
      store.permits('leasing'),
      store.permits('risk.delinquency'),
    ]).toEqual([true, true, false, false]);
  });

  it('changes the password, then reloads the profile', async () => {
    const forced = { ...TEST_USER, mustChangePassword: true };
    api.refresh.mockReturnValue(of(refreshResponse('access-1', meResponse({ user: forced }))));
    await store.initialize();
    const calls: string[] = [];
    api.changePassword.mockImplementation(() => (calls.push('change'), of(undefined)));
    api.me.mockImplementation(() => (calls.push('me'), of(meResponse())));

    await firstValueFrom(store.changePassword({ currentPassword: 'old', newPassword: 'a new long password' }));

    expect(api.changePassword).toHaveBeenCalledWith({ currentPassword: 'old', newPassword: 'a new long password' });
    expect(calls).toEqual(['change', 'me']);
    expect(store.mustChangePassword()).toBe(false);
  });

  describe('signOut', () => {
    beforeEach(() => store.initialize());

    it('ends the session on the server and here', async () => {
      await firstValueFrom(store.signOut());

      expect(api.logout).toHaveBeenCalledTimes(1);
      expect(store.signedIn()).toBe(false);
      expect(store.accessToken()).toBeNull();
      expect(store.visibleTabs()).toEqual([]);
    });

    it('clears the session here even when the server cannot be reached', async () => {
      api.logout.mockReturnValue(throwError(() => httpError(0)));

      await firstValueFrom(store.signOut());

      expect(store.signedIn()).toBe(false);
    });
  });

  it('records that the server requires a password change', async () => {
    await store.initialize();

    store.markPasswordChangeRequired();

    expect(store.mustChangePassword()).toBe(true);
  });
});
