import { HttpClient, HttpErrorResponse, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { provideApiConfiguration } from '@ownerdash/api-client';
import { ERROR_CODES } from '@ownerdash/contracts';
import { firstValueFrom } from 'rxjs';
import { meResponse, refreshResponse, sessionResponse } from '../../testing/auth-fixtures';
import { NOW } from '../shared/clock';
import { authInterceptor } from './auth.interceptor';
import { AuthApiService } from './auth-api.service';
import { SessionStore, TOKEN_EXPIRY_MARGIN_MS } from './session.store';

const UNAUTHORIZED = { status: 401, statusText: 'Unauthorized' };
const unauthorizedBody = { statusCode: 401, error: 'Unauthorized', message: 'Access token expired.' };

/** Lets the promise-based refresh (behind the cross-tab lock) hand its token back to waiting requests. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve));

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let session: SessionStore;
  let router: Router;
  let now: number;

  beforeEach(() => {
    now = Date.UTC(2026, 11, 7, 9, 0);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
        provideApiConfiguration(''),
        { provide: NOW, useValue: () => now },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    session = TestBed.inject(SessionStore);
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
    jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
  });

  afterEach(() => backend.verify());

  async function signIn(accessToken = 'access-1'): Promise<void> {
    const signedIn = firstValueFrom(session.signIn({ email: 'ada@example.com', password: 'secret' }));
    backend.expectOne('/api/auth/login').flush(sessionResponse(accessToken));
    backend.expectOne('/api/auth/me').flush(meResponse());
    await signedIn;
  }

  function get(url: string): Promise<unknown> {
    return firstValueFrom(http.get(url));
  }

  function expectRefresh(): TestRequest {
    return backend.expectOne({ method: 'POST', url: '/api/auth/refresh' });
  }

  describe('attaching the access token', () => {
    it('sends it to the API', async () => {
      await signIn();

      const response = get('/api/properties');
      const request = backend.expectOne('/api/properties');
      expect(request.request.headers.get('Authorization')).toBe('Bearer access-1');
      request.flush([]);
      await response;
    });

    it('never sends it anywhere else', async () => {
      await signIn();

      void get('icons/logout.svg');
      void get('https://example.com/api/properties');
      void get('/apiary');

      for (const url of ['icons/logout.svg', 'https://example.com/api/properties', '/apiary']) {
        expect(backend.expectOne(url).request.headers.has('Authorization')).toBe(false);
      }
    });

    it('sends no header while signed out', () => {
      void get('/api/auth/me');

      expect(backend.expectOne('/api/auth/me').request.headers.has('Authorization')).toBe(false);
    });
  });

  describe('on 401', () => {
    it('refreshes the token once and retries the request with the new one', async () => {
      await signIn();

      const response = get('/api/properties');
      backend.expectOne('/api/properties').flush(unauthorizedBody, UNAUTHORIZED);
      expectRefresh().flush(refreshResponse('access-2'));
      await settle();
      const retry = backend.expectOne('/api/properties');
      expect(retry.request.headers.get('Authorization')).toBe('Bearer access-2');
      retry.flush(['property']);

      await expect(response).resolves.toEqual(['property']);
      expect(session.accessToken()).toBe('access-2');
    });

    it('takes the profile the renewal brings, so the app shows rights an admin changed, before it retries', async () => {
      await signIn();
      expect(session.visibleTabs().map((tab) => tab.id)).toEqual(['overview']);

      const response = get('/api/properties');
      backend.expectOne('/api/properties').flush(unauthorizedBody, UNAUTHORIZED);
      const refresh = expectRefresh();
      backend.expectNone('/api/properties');
      refresh.flush(refreshResponse('access-2', meResponse({ tabs: ['overview', 'risk'] })));
      await settle();
      backend.expectNone('/api/auth/me');
      backend.expectOne('/api/properties').flush(['property']);

      await expect(response).resolves.toEqual(['property']);
      expect(session.visibleTabs().map((tab) => tab.id)).toEqual(['overview', 'risk']);
    });

    it('shares one refresh between concurrent requests', async () => {
      await signIn();

      const responses = Promise.all([get('/api/a'), get('/api/b'), get('/api/c')]);
      for (const url of ['/api/a', '/api/b', '/api/c']) {
        backend.expectOne(url).flush(unauthorizedBody, UNAUTHORIZED);
      }
      expectRefresh().flush(refreshResponse('access-2'));
      await settle();
      for (const url of ['/api/a', '/api/b', '/api/c']) {
        const retry = backend.expectOne(url);
        expect(retry.request.headers.get('Authorization')).toBe('Bearer access-2');
        retry.flush(url);
      }

      await expect(responses).resolves.toEqual(['/api/a', '/api/b', '/api/c']);
    });

    it('holds requests made during a renewal back, and sends them once with the new token', async () => {
      await signIn();

      const first = get('/api/a');
      backend.expectOne('/api/a').flush(unauthorizedBody, UNAUTHORIZED);
      const later = Promise.all([get('/api/b'), get('/api/c')]);
      backend.expectNone('/api/b');
      backend.expectNone('/api/c');
      expectRefresh().flush(refreshResponse('access-2'));
      await settle();

      for (const url of ['/api/a', '/api/b', '/api/c']) {
        const request = backend.expectOne(url);
        expect(request.request.headers.get('Authorization')).toBe('Bearer access-2');
        request.flush(url);
      }
      await expect(first).resolves.toBe('/api/a');
      await expect(later).resolves.toEqual(['/api/b', '/api/c']);
    });

    it('refreshes an expired token once before a burst of requests, so none of them is refused', async () => {
      await signIn();
      const urls = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name) => `/api/views/${name}`);
      now += sessionResponse().expiresIn * 1000 - TOKEN_EXPIRY_MARGIN_MS;

      const responses = Promise.all(urls.map(get));
      for (const url of urls) {
        backend.expectNone(url);
      }
      expectRefresh().flush(refreshResponse('access-2'));
      await settle();

      for (const url of urls) {
        const request = backend.expectOne(url);
        expect(request.request.headers.get('Authorization')).toBe('Bearer access-2');
        request.flush(url);
      }
      await expect(responses).resolves.toEqual(urls);
    });

    it('sends a token that is still valid at once', async () => {
      await signIn();
      now += sessionResponse().expiresIn * 1000 - TOKEN_EXPIRY_MARGIN_MS - 1;

      const response = get('/api/a');
      const request = backend.expectOne('/api/a');
      expect(request.request.headers.get('Authorization')).toBe('Bearer access-1');
      request.flush('a');

      await expect(response).resolves.toBe('a');
      backend.expectNone('/api/auth/refresh');
    });

    it('goes to sign-in when the refresh of an expired token is refused', async () => {
      await signIn();
      now += sessionResponse().expiresIn * 1000;

      const response = get('/api/a');
      expectRefresh().flush({ statusCode: 401, error: 'Unauthorized', message: 'No session.' }, UNAUTHORIZED);

      await expect(response).rejects.toMatchObject({ status: 401 });
      backend.expectNone('/api/a');
      expect(session.signedIn()).toBe(false);
      expect(router.navigate).toHaveBeenCalledWith(['/sign-in'], expect.anything());
    });

    it('retries with the current token when another request already renewed it', async () => {
      await signIn();

      const first = get('/api/a');
      const late = get('/api/b');
      backend.expectOne('/api/a').flush(unauthorizedBody, UNAUTHORIZED);
      expectRefresh().flush(refreshResponse('access-2'));
      await settle();
      backend.expectOne('/api/a').flush('a');
      await first;
      backend.expectOne('/api/b').flush(unauthorizedBody, UNAUTHORIZED);

      const retry = backend.expectOne('/api/b');
      expect(retry.request.headers.get('Authorization')).toBe('Bearer access-2');
      retry.flush('b');
      await expect(late).resolves.toBe('b');
    });

    it('signs out and goes to sign-in with a return URL when the refresh fails', async () => {
      await signIn();
      jest.spyOn(router, 'url', 'get').mockReturnValue('/dashboard/risk');

      const response = get('/api/properties');
      backend.expectOne('/api/properties').flush(unauthorizedBody, UNAUTHORIZED);
      expectRefresh().flush({ statusCode: 401, error: 'Unauthorized', message: 'No session.' }, UNAUTHORIZED);

      await expect(response).rejects.toMatchObject({ status: 401, url: '/api/properties' });
      expect(session.signedIn()).toBe(false);
      expect(session.accessToken()).toBeNull();
      expect(router.navigate).toHaveBeenCalledTimes(1);
      expect(router.navigate).toHaveBeenCalledWith(['/sign-in'], { queryParams: { returnUrl: '/dashboard/risk' } });
    });

    it('gives up when the retried request is refused again', async () => {
      await signIn();

      const response = get('/api/properties');
      backend.expectOne('/api/properties').flush(unauthorizedBody, UNAUTHORIZED);
      expectRefresh().flush(refreshResponse('access-2'));
      await settle();
      backend.expectOne('/api/properties').flush(unauthorizedBody, UNAUTHORIZED);

      await expect(response).rejects.toBeInstanceOf(HttpErrorResponse);
      backend.expectNone('/api/auth/refresh');
    });

    it('does not refresh when sign-in itself is refused', async () => {
      const signingIn = firstValueFrom(session.signIn({ email: 'ada@example.com', password: 'wrong' }));
      backend
        .expectOne('/api/auth/login')
        .flush({ ...unauthorizedBody, code: ERROR_CODES.invalidCredentials }, UNAUTHORIZED);

      await expect(signingIn).rejects.toMatchObject({ status: 401 });
      backend.expectNone('/api/auth/refresh');
      expect(router.navigate).not.toHaveBeenCalled();
    });

    it('does not refresh again when the refresh itself is refused', async () => {
      const refreshing = firstValueFrom(TestBed.inject(AuthApiService).refresh());
      expectRefresh().flush(unauthorizedBody, UNAUTHORIZED);

      await expect(refreshing).rejects.toMatchObject({ status: 401 });
      backend.expectNone('/api/auth/refresh');
    });
  });

  it('sends the user to change their password when the server requires it', async () => {
    await signIn();

    const response = get('/api/properties');
    backend.expectOne('/api/properties').flush(
      {
        statusCode: 403,
        error: 'Forbidden',
        message: 'Change your password first.',
        code: ERROR_CODES.passwordChangeRequired,
      },
      { status: 403, statusText: 'Forbidden' },
    );

    await expect(response).rejects.toMatchObject({ status: 403 });
    expect(session.mustChangePassword()).toBe(true);
    expect(router.navigateByUrl).toHaveBeenCalledWith('/change-password');
  });

  it('leaves other refusals to the caller', async () => {
    await signIn();

    const response = get('/api/properties');
    backend
      .expectOne('/api/properties')
      .flush({ statusCode: 403, error: 'Forbidden', message: 'No access.' }, { status: 403, statusText: 'Forbidden' });

    await expect(response).rejects.toMatchObject({ status: 403 });
    expect(router.navigateByUrl).not.toHaveBeenCalled();
    expect(router.navigate).not.toHaveBeenCalled();
    expect(session.signedIn()).toBe(true);
  });
});
