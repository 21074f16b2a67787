import { TestBed } from '@angular/core/testing';
import {
  type ActivatedRouteSnapshot,
  type CanActivateFn,
  convertToParamMap,
  provideRouter,
  Router,
  type RouterStateSnapshot,
  UrlTree,
} from '@angular/router';
import type { TabId } from '@ownerdash/contracts';
import { fakeAuthApi, meResponse } from '../../testing/auth-fixtures';
import { AuthApiService } from '../auth/auth-api.service';
import { SessionStore } from '../auth/session.store';
import { firstTabGuard, tabGuard, tabTitle } from './dashboard.guards';

describe('dashboard guards', () => {
  async function signInWithTabs(tabs: readonly TabId[]): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: AuthApiService, useValue: fakeAuthApi(meResponse({ tabs })) }],
    });
    await TestBed.inject(SessionStore).initialize();
  }

  function route(tabId?: string): ActivatedRouteSnapshot {
    return { paramMap: convertToParamMap(tabId ? { tabId } : {}) } as ActivatedRouteSnapshot;
  }

  function run(guard: CanActivateFn, tabId?: string): true | string {
    const result = TestBed.runInInjectionContext(() => guard(route(tabId), {} as RouterStateSnapshot));
    if (result === true) {
      return true;
    }
    if (result instanceof UrlTree) {
      return TestBed.inject(Router).serializeUrl(result);
    }
    throw new Error(`Unexpected guard result: ${String(result)}`);
  }

  describe('firstTabGuard', () => {
    it('opens the first tab the user may see, in navigation order', async () => {
      await signInWithTabs(['risk', 'leasing']);

      expect(run(firstTabGuard)).toBe('/dashboard/leasing');
    });

    it('shows the empty dashboard to a user without tabs', async () => {
      await signInWithTabs([]);

      expect(run(firstTabGuard)).toBe(true);
    });
  });

  describe('tabGuard', () => {
    beforeEach(() => signInWithTabs(['overview', 'risk']));

    it('opens a tab the user may see', () => {
      expect(run(tabGuard, 'risk')).toBe(true);
    });

    it('sends a tab outside the permissions back to the first visible tab', () => {
      expect(run(tabGuard, 'financials')).toBe('/dashboard');
    });

    it('sends an unknown tab back to the first visible tab', () => {
      expect(run(tabGuard, 'no-such-tab')).toBe('/dashboard');
    });
  });

  it('titles the page after the tab', () => {
    const title = TestBed.runInInjectionContext(() => tabTitle(route('delinquency'), {} as RouterStateSnapshot));

    expect(title).toBe('Delinquency | Ownerdash');
  });
});
