import { TestBed } from '@angular/core/testing';
import {
  type ActivatedRouteSnapshot,
  type CanActivateFn,
  provideRouter,
  Router,
  type RouterStateSnapshot,
  UrlTree,
} from '@angular/router';
import { of } from 'rxjs';
import { type FakeAuthApi, fakeAuthApi, meResponse, refreshResponse, TEST_USER } from '../../testing/auth-fixtures';
import { passwordChangedGuard, signedInGuard, signedOutGuard } from './auth.guards';
import { AuthApiService } from './auth-api.service';
import { SessionStore } from './session.store';

describe('auth guards', () => {
  let api: FakeAuthApi;

  beforeEach(() => {
    api = fakeAuthApi();
    TestBed.configureTestingModule({ providers: [provideRouter([]), { provide: AuthApiService, useValue: api }] });
  });

  /** Runs a guard for a navigation to `url`; answers true or the URL it redirects to. */
  function run(guard: CanActivateFn, url = '/dashboard/risk?property=7'): true | string {
    const result = TestBed.runInInjectionContext(() =>
      guard({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
    );
    if (result === true) {
      return true;
    }
    if (result instanceof UrlTree) {
      return TestBed.inject(Router).serializeUrl(result);
    }
    throw new Error(`Unexpected guard result: ${String(result)}`);
  }

  async function signIn(mustChangePassword = false): Promise<void> {
    const user = { ...TEST_USER, mustChangePassword };
    api.refresh.mockReturnValue(of(refreshResponse('access-1', meResponse({ user }))));
    await TestBed.inject(SessionStore).initialize();
  }

  describe('signedInGuard', () => {
    it('lets a signed-in user through', async () => {
      await signIn();

      expect(run(signedInGuard)).toBe(true);
    });

    it('sends everyone else to sign-in, remembering where they were going', () => {
      expect(run(signedInGuard)).toBe('/sign-in?returnUrl=%2Fdashboard%2Frisk%3Fproperty%3D7');
    });
  });

  describe('passwordChangedGuard', () => {
    it('lets a user through whose password is settled', async () => {
      await signIn();

      expect(run(passwordChangedGuard)).toBe(true);
    });

    it('holds a user at the password change the server requires', async () => {
      await signIn(true);

      expect(run(passwordChangedGuard)).toBe('/change-password');
    });
  });

  describe('signedOutGuard', () => {
    it('shows the sign-in page to a signed-out visitor', () => {
      expect(run(signedOutGuard)).toBe(true);
    });

    it('sends a signed-in user to the app instead', async () => {
      await signIn();

      expect(run(signedOutGuard)).toBe('/');
    });
  });
});
