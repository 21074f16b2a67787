import { ChangeDetectionStrategy, Component } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { provideRouter, Router } from '@angular/router';
import { NotificationsApi } from '@ownerdash/api-client';
import { DEFAULT_NOTIFICATION_PREFERENCES } from '@ownerdash/contracts';
import { firstValueFrom, of } from 'rxjs';
import { type FakeAuthApi, fakeAuthApi, meResponse, TEST_USER } from '../../testing/auth-fixtures';
import { AuthApiService } from '../auth/auth-api.service';
import { SessionStore } from '../auth/session.store';
import { Shell } from './shell';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class EmptyPage {}

describe('Shell', () => {
  let fixture: ComponentFixture<Shell>;
  let page: HTMLElement;
  let api: FakeAuthApi;
  let router: Router;

  beforeEach(async () => {
    api = fakeAuthApi(meResponse({ tabs: ['risk', 'overview', 'financials'] }));
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [
        provideRouter([
          { path: 'dashboard/:tabId', component: EmptyPage },
          { path: '**', component: EmptyPage },
        ]),
        { provide: AuthApiService, useValue: api },
        // The toasts read the user's settings once signed in.
        {
          provide: NotificationsApi,
          useValue: { getNotificationPreferences: () => of(DEFAULT_NOTIFICATION_PREFERENCES) },
        },
      ],
    });
    await TestBed.inject(SessionStore).initialize();
    router = TestBed.inject(Router);
    fixture = TestBed.createComponent(Shell);
    page = fixture.nativeElement;
    await fixture.whenStable();
  });

  const navLinks = () => [...page.querySelectorAll<HTMLAnchorElement>('nav[aria-label="Dashboard tabs"] a')];

  it('lists only the tabs the user may see, in navigation order', () => {
    expect(navLinks().map((link) => link.textContent?.trim())).toEqual(['Overview', 'Financials', 'Risk']);
    expect(navLinks().map((link) => link.getAttribute('href'))).toEqual([
      '/dashboard/overview',
      '/dashboard/financials',
      '/dashboard/risk',
    ]);
  });

  it('marks the open tab as the current page', async () => {
    await router.navigateByUrl('/dashboard/financials');
    await fixture.whenStable();

    const current = navLinks().filter((link) => link.getAttribute('aria-current') === 'page');
    expect(current.map((link) => link.textContent?.trim())).toEqual(['Financials']);
  });

  it('shows who is signed in and for which organization', () => {
    expect(page.querySelector('[data-testid="current-user-name"]')?.textContent?.trim()).toBe('Ada Lovelace');
    expect(page.querySelector('header')?.textContent).toContain('PHH');
  });

  it('has header, navigation and main landmarks', () => {
    expect(page.querySelector('header mat-toolbar')).not.toBeNull();
    expect(page.querySelector('nav[aria-label="Dashboard tabs"]')).not.toBeNull();
    expect(page.querySelector('main router-outlet')).not.toBeNull();
  });

  it('offers the profile and the password change in the user menu', async () => {
    page.querySelector<HTMLButtonElement>('.user-button')?.click();
    await fixture.whenStable();

    const items = [...document.querySelectorAll<HTMLAnchorElement>('.mat-mdc-menu-panel a[mat-menu-item]')];
    expect(items.map((item) => [item.textContent?.trim(), item.getAttribute('href')])).toEqual([
      ['Profile', '/settings/profile'],
      ['Change password', '/change-password'],
    ]);
  });

  it('follows a change of the permissions without a reload', async () => {
    api.me.mockReturnValue(of(meResponse({ tabs: ['leasing'] })));

    await firstValueFrom(TestBed.inject(SessionStore).reloadProfile());
    await fixture.whenStable();

    expect(navLinks().map((link) => link.textContent?.trim())).toEqual(['Leasing']);
  });

  it('offers the administration only to administrators', async () => {
    const adminLink = () => page.querySelector('nav[aria-label="Administration"] a');
    expect(adminLink()).toBeNull();

    api.me.mockReturnValue(of(meResponse({ user: { ...TEST_USER, role: 'admin' } })));
    await firstValueFrom(TestBed.inject(SessionStore).reloadProfile());
    await fixture.whenStable();

    expect(adminLink()?.textContent?.trim()).toBe('Administration');
    expect(adminLink()?.getAttribute('href')).toBe('/admin');
  });

  it('signs out and goes to the sign-in page', async () => {
    const navigate = jest.spyOn(router, 'navigateByUrl');

    page.querySelector<HTMLButtonElement>('button[aria-label="Sign out"]')?.click();
    await fixture.whenStable();

    expect(api.logout).toHaveBeenCalledTimes(1);
    expect(TestBed.inject(SessionStore).signedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith('/sign-in');
  });
});
