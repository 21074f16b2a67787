import { TestBed } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AdminApi } from '@ownerdash/api-client';
import type { Role, TabId } from '@ownerdash/contracts';
import { throwError } from 'rxjs';
import { fakeAdminApi } from '../testing/admin-fixtures';
import { fakeAuthApi, httpError, meResponse, TEST_USER } from '../testing/auth-fixtures';
import { stubResizeObserver } from '../testing/chart-testing';
import { providePortfolioApis } from '../testing/portfolio-fixtures';
import { appRoutes } from './app.routes';
import { AuthApiService } from './auth/auth-api.service';
import { SessionStore } from './auth/session.store';

// ECharts draws on a canvas jsdom lacks (and ships as ES modules Jest does not load); the charts
// are checked in the dashboard's own specs.
jest.mock('./dashboard/echarts-setup', () => ({ echarts: { init: () => new Promise(() => undefined) } }));

describe('app routes', () => {
  beforeAll(() => stubResizeObserver());

  async function start(session: { tabs?: readonly TabId[]; mustChangePassword?: boolean; role?: Role } | null) {
    const api = fakeAuthApi(
      meResponse({
        tabs: session?.tabs,
        user: { ...TEST_USER, mustChangePassword: session?.mustChangePassword ?? false, role: session?.role ?? 'user' },
      }),
    );
    if (!session) {
      api.refresh.mockReturnValue(throwError(() => httpError(401)));
    }
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        { provide: AuthApiService, useValue: api },
        { provide: AdminApi, useValue: fakeAdminApi() },
        providePortfolioApis(),
      ],
    });
    await TestBed.inject(SessionStore).initialize();
    return RouterTestingHarness.create();
  }

  async function visit(harness: RouterTestingHarness, url: string): Promise<{ url: string; heading: string }> {
    await harness.navigateByUrl(url);
    await harness.fixture.whenStable();
    const heading = harness.routeNativeElement?.querySelector('h1')?.textContent?.trim() ?? '';
    return { url: TestBed.inject(Router).url, heading };
  }

  function accessMessage(harness: RouterTestingHarness): string | undefined {
    return harness.routeNativeElement?.querySelector('[role="alert"] span')?.textContent?.trim();
  }

  describe('signed out', () => {
    it('sends the visitor to sign in, remembering the page they asked for', async () => {
      const harness = await start(null);

      expect(await visit(harness, '/dashboard/risk')).toEqual({
        url: '/sign-in?returnUrl=%2Fdashboard%2Frisk',
        heading: 'Sign in',
      });
    });

    it('keeps the password change behind sign-in', async () => {
      const harness = await start(null);

      expect((await visit(harness, '/change-password')).url).toBe('/sign-in?returnUrl=%2Fchange-password');
    });
  });

  describe('signed in', () => {
    it('opens the first visible tab at the root', async () => {
      const harness = await start({ tabs: ['leasing', 'risk'] });

      expect(await visit(harness, '/')).toEqual({ url: '/dashboard/leasing', heading: 'Leasing' });
    });

    it('redirects a tab outside the permissions to the first visible tab', async () => {
      const harness = await start({ tabs: ['leasing', 'risk'] });

      expect(await visit(harness, '/dashboard/financials')).toEqual({ url: '/dashboard/leasing', heading: 'Leasing' });
    });

    it('says why a tab outside the permissions is not shown, until the user goes elsewhere', async () => {
      const harness = await start({ tabs: ['leasing', 'risk'] });

      await visit(harness, '/dashboard/financials');
      expect(accessMessage(harness)).toBe('You don’t have access to Financials — ask an administrator.');
      await visit(harness, '/dashboard/risk');
      expect(accessMessage(harness)).toBeUndefined();
      await visit(harness, '/dashboard/no-such-tab');
      expect(accessMessage(harness)).toBeUndefined();
    });

    it('says why the administration is refused, and lets the message be dismissed', async () => {
      const harness = await start({ tabs: ['leasing'] });

      await visit(harness, '/admin');
      expect(accessMessage(harness)).toBe('You don’t have access to Administration — ask an administrator.');
      const dismiss = harness.routeNativeElement?.querySelector<HTMLButtonElement>('[role="alert"] button');
      dismiss?.click();
      await harness.fixture.whenStable();
      expect(accessMessage(harness)).toBeUndefined();
    });

    it('explains an empty dashboard to a user without tabs', async () => {
      const harness = await start({ tabs: [] });

      expect(await visit(harness, '/')).toEqual({ url: '/dashboard', heading: 'Dashboard' });
    });

    it('skips the sign-in page', async () => {
      const harness = await start({ tabs: ['overview'] });

      expect((await visit(harness, '/sign-in')).url).toBe('/dashboard/overview');
    });

    it('refuses the administration to a user who is not an admin', async () => {
      const harness = await start({ tabs: ['leasing'] });

      expect(await visit(harness, '/admin')).toEqual({ url: '/dashboard/leasing', heading: 'Leasing' });
    });

    it('opens the administration for an admin', async () => {
      const harness = await start({ tabs: ['overview'], role: 'admin' });

      expect(await visit(harness, '/admin')).toEqual({ url: '/admin', heading: 'Team' });
    });

    it('opens the account pages reached from mails without a session', async () => {
      const harness = await start(null);

      expect(await visit(harness, '/reset-password?token=abc')).toEqual({
        url: '/reset-password?token=abc',
        heading: 'Choose a new password',
      });
      expect((await visit(harness, '/accept-invite?token=abc')).heading).toBe('Welcome to Ownerdash');
      expect((await visit(harness, '/forgot-password')).heading).toBe('Forgot password');
    });

    it('holds the user at a password change the server requires', async () => {
      const harness = await start({ tabs: ['overview'], mustChangePassword: true });

      expect(await visit(harness, '/dashboard/overview')).toEqual({
        url: '/change-password',
        heading: 'Change password',
      });
    });
  });

  it('shows a not-found page for unknown addresses', async () => {
    const harness = await start(null);

    expect(await visit(harness, '/no/such/page')).toEqual({ url: '/no/such/page', heading: 'Page not found' });
  });
});
