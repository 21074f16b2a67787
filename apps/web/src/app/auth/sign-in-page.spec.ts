import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { provideRouter, Router } from '@angular/router';
import { ERROR_CODES } from '@ownerdash/contracts';
import { Subject, throwError } from 'rxjs';
import { type FakeAuthApi, fakeAuthApi, httpError } from '../../testing/auth-fixtures';
import { AuthApiService, type SessionResponse } from './auth-api.service';
import { SignInPage } from './sign-in-page';

describe('SignInPage', () => {
  let fixture: ComponentFixture<SignInPage>;
  let page: HTMLElement;
  let api: FakeAuthApi;
  let router: Router;

  beforeEach(async () => {
    api = fakeAuthApi();
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [provideRouter([]), { provide: AuthApiService, useValue: api }],
    });
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(SignInPage);
    page = fixture.nativeElement;
    await fixture.whenStable();
  });

  const input = (name: string) => page.querySelector<HTMLInputElement>(`input[name="${name}"]`) as HTMLInputElement;
  const submitButton = () =>
    [...page.querySelectorAll('button')].find(
      (button) => button.textContent?.trim() === 'Sign in',
    ) as HTMLButtonElement;
  const errors = () => [...page.querySelectorAll('mat-error')].map((error) => error.textContent?.trim());
  const banner = () => page.querySelector('[role="alert"]');

  async function fillIn(email: string, password: string): Promise<void> {
    for (const [name, value] of [
      ['email', email],
      ['password', password],
    ]) {
      input(name).value = value;
      input(name).dispatchEvent(new Event('input'));
      input(name).dispatchEvent(new Event('blur'));
    }
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    submitButton().click();
    await fixture.whenStable();
  }

  it('labels its fields for people and for browser tests', () => {
    const labels = [...page.querySelectorAll('mat-label')].map((label) => label.textContent?.trim());

    expect(labels).toEqual(['Email', 'Password']);
    expect(input('email').autocomplete).toBe('username');
    expect(input('password').autocomplete).toBe('current-password');
    expect(input('password').type).toBe('password');
  });

  it('asks for both fields and focuses the first one missing', async () => {
    await submit();

    expect(errors()).toEqual(['Enter your email address.', 'Enter your password.']);
    expect(document.activeElement).toBe(input('email'));
    expect(api.login).not.toHaveBeenCalled();
  });

  it('rejects a malformed email address before asking the server', async () => {
    await fillIn('ada.example.com', 'secret');
    await submit();

    expect(errors()).toEqual(['Enter an email address like name@example.com.']);
    expect(api.login).not.toHaveBeenCalled();
  });

  it('shows progress and disables the button while signing in', async () => {
    const response = new Subject<SessionResponse>();
    api.login.mockReturnValue(response);
    await fillIn('ada@example.com', 'secret');

    await submit();

    expect(api.login).toHaveBeenCalledWith({ email: 'ada@example.com', password: 'secret' });
    expect(submitButton().disabled).toBe(true);
    expect(page.querySelector('mat-progress-bar')).not.toBeNull();

    response.error(httpError(500));
    await fixture.whenStable();

    expect(submitButton().disabled).toBe(false);
    expect(page.querySelector('mat-progress-bar')).toBeNull();
  });

  it('says when the email or password is wrong and moves focus to the message', async () => {
    api.login.mockReturnValue(
      throwError(() =>
        httpError(401, { code: ERROR_CODES.invalidCredentials, message: 'Email or password is incorrect.' }),
      ),
    );
    await fillIn('ada@example.com', 'wrong');

    await submit();

    expect(banner()?.textContent?.trim()).toBe('Email or password is incorrect.');
    expect(document.activeElement).toBe(banner());
  });

  it('tells how many minutes to wait after too many attempts', async () => {
    api.login.mockReturnValue(
      throwError(() => httpError(429, { code: ERROR_CODES.tooManyAttempts }, { 'Retry-After': '500' })),
    );
    await fillIn('ada@example.com', 'secret');

    await submit();

    expect(banner()?.textContent?.trim()).toBe('Too many sign-in attempts. Try again in 9 minutes.');
  });

  it('rounds a wait of under a minute up to one minute', async () => {
    api.login.mockReturnValue(
      throwError(() => httpError(429, { code: ERROR_CODES.tooManyAttempts }, { 'Retry-After': '20' })),
    );
    await fillIn('ada@example.com', 'secret');

    await submit();

    expect(banner()?.textContent?.trim()).toBe('Too many sign-in attempts. Try again in 1 minute.');
  });

  it('shows the server’s field problems under the field', async () => {
    api.login.mockReturnValue(
      throwError(() =>
        httpError(400, {
          code: ERROR_CODES.validationFailed,
          details: [{ field: 'email', problems: ['email must be an email'] }],
        }),
      ),
    );
    await fillIn('ada@example', 'secret');

    await submit();

    expect(errors()).toEqual(['email must be an email']);
    expect(document.activeElement).toBe(input('email'));
  });

  it('explains when the server cannot be reached', async () => {
    api.login.mockReturnValue(throwError(() => httpError(0)));
    await fillIn('ada@example.com', 'secret');

    await submit();

    expect(banner()?.textContent?.trim()).toBe('The server could not be reached. Check your connection and try again.');
  });

  it('returns to the page the user was headed for', async () => {
    fixture.componentRef.setInput('returnUrl', '/dashboard/risk');
    await fillIn('ada@example.com', 'secret');

    await submit();

    expect(router.navigateByUrl).toHaveBeenCalledWith('/dashboard/risk');
  });

  it('ignores a return URL that leads out of the app', async () => {
    fixture.componentRef.setInput('returnUrl', '//evil.example.com/phish');
    await fillIn('ada@example.com', 'secret');

    await submit();

    expect(router.navigateByUrl).toHaveBeenCalledWith('/');
  });

  it('links to the forgotten-password page', () => {
    const link = [...page.querySelectorAll('a')].find((anchor) => anchor.textContent?.trim() === 'Forgot password?');

    expect(link?.getAttribute('href')).toBe('/forgot-password');
  });

  it('confirms a password reset the user comes from', async () => {
    fixture.componentRef.setInput('notice', 'password-reset');
    await fixture.whenStable();

    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      'Your password has been reset. Sign in with your new password.',
    );
  });

  it('lets the user reveal the password', async () => {
    const toggle = page.querySelector<HTMLButtonElement>('button[aria-label="Show password"]') as HTMLButtonElement;

    toggle.click();
    await fixture.whenStable();

    expect(input('password').type).toBe('text');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });
});
