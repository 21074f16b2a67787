import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideRouter, Router } from '@angular/router';
import { ERROR_CODES } from '@ownerdash/contracts';
import { firstValueFrom, of, throwError } from 'rxjs';
import {
  type FakeAuthApi,
  fakeAuthApi,
  httpError,
  meResponse,
  refreshResponse,
  sessionResponse,
  TEST_USER,
} from '../../testing/auth-fixtures';
import { AuthApiService } from './auth-api.service';
import { ChangePasswordPage } from './change-password-page';
import { SessionStore } from './session.store';

describe('ChangePasswordPage', () => {
  let fixture: ComponentFixture<ChangePasswordPage>;
  let page: HTMLElement;
  let api: FakeAuthApi;
  let router: Router;

  /** Opens the page after a reload (the session restored), or `signedInWith` a password just now. */
  async function render({ forced, signedInWith }: { forced: boolean; signedInWith?: string }): Promise<void> {
    const user = { ...TEST_USER, mustChangePassword: forced };
    api = fakeAuthApi(meResponse({ user }));
    api.refresh.mockReturnValue(of(refreshResponse('access-1', meResponse({ user }))));
    api.login.mockReturnValue(of(sessionResponse('access-1', user)));
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [provideRouter([]), { provide: AuthApiService, useValue: api }],
    });
    const session = TestBed.inject(SessionStore);
    if (signedInWith) {
      await firstValueFrom(session.signIn({ email: TEST_USER.email, password: signedInWith }));
    } else {
      await session.initialize();
    }
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(ChangePasswordPage);
    page = fixture.nativeElement;
    await fixture.whenStable();
  }

  const input = (name: string) => page.querySelector<HTMLInputElement>(`input[name="${name}"]`) as HTMLInputElement;
  const button = (text: string) =>
    [...page.querySelectorAll('button, a')].find((element) => element.textContent?.trim() === text) as
      | HTMLElement
      | undefined;
  const errors = () => [...page.querySelectorAll('mat-error')].map((error) => error.textContent?.trim());

  async function fillIn(values: Record<string, string>): Promise<void> {
    for (const [name, value] of Object.entries(values)) {
      input(name).value = value;
      input(name).dispatchEvent(new Event('input'));
      input(name).dispatchEvent(new Event('blur'));
    }
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    button('Change password')?.click();
    await fixture.whenStable();
  }

  const validChange = {
    currentPassword: 'old password',
    newPassword: 'correct horse battery staple',
    confirmPassword: 'correct horse battery staple',
  };

  it('labels its fields and states the password policy', async () => {
    await render({ forced: false });

    const labels = [...page.querySelectorAll('mat-label')].map((label) => label.textContent?.trim());
    expect(labels).toEqual(['Current password', 'New password', 'Confirm new password']);
    expect(page.querySelector('mat-hint')?.textContent).toContain(
      'At least 12 characters. Common passwords are rejected.',
    );
    expect(input('newPassword').autocomplete).toBe('new-password');
  });

  it('lets a user who chose to change their password go back', async () => {
    await render({ forced: false });

    expect(button('Cancel')?.getAttribute('href')).toBe('/');
    expect(button('Sign out')).toBeUndefined();
    expect(page.textContent).not.toContain('needs a new password');
  });

  it('explains a required change and offers only signing out besides', async () => {
    await render({ forced: true });

    expect(page.textContent).toContain('Your account needs a new password before you can continue.');
    expect(button('Cancel')).toBeUndefined();

    button('Sign out')?.click();
    await fixture.whenStable();

    expect(api.logout).toHaveBeenCalledTimes(1);
    expect(router.navigateByUrl).toHaveBeenCalledWith('/sign-in');
  });

  it('asks only for the new password right after signing in with a temporary one, and sends that one', async () => {
    await render({ forced: true, signedInWith: 'temporary 4821' });

    const labels = [...page.querySelectorAll('mat-label')].map((label) => label.textContent?.trim());
    expect(labels).toEqual(['New password', 'Confirm new password']);
    expect(page.textContent).toContain('replace the temporary one you have just signed in with');
    await fillIn({ newPassword: validChange.newPassword, confirmPassword: validChange.confirmPassword });

    await submit();

    expect(api.changePassword).toHaveBeenCalledWith({
      currentPassword: 'temporary 4821',
      newPassword: 'correct horse battery staple',
    });
  });

  it('asks for the current password again after a reload, which keeps no password', async () => {
    const session = { forced: true, signedInWith: 'temporary 4821' };
    await render(session);
    fixture.destroy();

    fixture = TestBed.createComponent(ChangePasswordPage);
    page = fixture.nativeElement;
    await fixture.whenStable();

    expect(input('currentPassword')).not.toBeNull();
    expect(input('currentPassword').value).toBe('');
  });

  it('shows the current password field when the server refuses the one typed at sign-in', async () => {
    await render({ forced: true, signedInWith: 'temporary 4821' });
    api.changePassword.mockReturnValue(
      throwError(() =>
        httpError(400, { code: ERROR_CODES.wrongCurrentPassword, message: 'The current password is not correct.' }),
      ),
    );
    await fillIn({ newPassword: validChange.newPassword, confirmPassword: validChange.confirmPassword });

    await submit();

    expect(errors()).toEqual(['The current password is not correct.']);
    expect(input('currentPassword')).not.toBeNull();
  });

  it('checks length and confirmation before asking the server', async () => {
    await render({ forced: false });
    await fillIn({ currentPassword: 'old', newPassword: 'too short', confirmPassword: 'different' });

    await submit();

    expect(errors()).toEqual(['Use at least 12 characters.', 'The passwords do not match.']);
    expect(document.activeElement).toBe(input('newPassword'));
    expect(api.changePassword).not.toHaveBeenCalled();
  });

  it('shows a wrong current password under that field', async () => {
    await render({ forced: false });
    api.changePassword.mockReturnValue(
      throwError(() =>
        httpError(400, { code: ERROR_CODES.wrongCurrentPassword, message: 'The current password is not correct.' }),
      ),
    );
    await fillIn(validChange);

    await submit();

    expect(errors()).toEqual(['The current password is not correct.']);
    expect(document.activeElement).toBe(input('currentPassword'));
  });

  it('shows why the server rejected the new password', async () => {
    await render({ forced: false });
    api.changePassword.mockReturnValue(
      throwError(() => httpError(400, { code: ERROR_CODES.weakPassword, message: 'This password is too common.' })),
    );
    await fillIn(validChange);

    await submit();

    expect(errors()).toEqual(['This password is too common.']);
    expect(document.activeElement).toBe(input('newPassword'));
  });

  it('shows other validation problems under their fields and anything else above the form', async () => {
    await render({ forced: false });
    api.changePassword.mockReturnValueOnce(
      throwError(() =>
        httpError(400, {
          code: ERROR_CODES.validationFailed,
          details: [
            { field: 'newPassword', problems: ['newPassword must be shorter than or equal to 128 characters'] },
          ],
        }),
      ),
    );
    api.changePassword.mockReturnValueOnce(throwError(() => httpError(503)));
    await fillIn(validChange);

    await submit();
    expect(errors()).toEqual(['newPassword must be shorter than or equal to 128 characters']);

    await fillIn({ newPassword: validChange.newPassword });
    await submit();
    expect(page.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'Something went wrong on our side. Try again in a moment.',
    );
  });

  it('confirms the change and goes to the dashboard with the reloaded profile', async () => {
    await render({ forced: true });
    const snackBar = jest.spyOn(TestBed.inject(MatSnackBar), 'open');
    api.me.mockReturnValue(of(meResponse()));
    await fillIn(validChange);

    await submit();

    expect(api.changePassword).toHaveBeenCalledWith({
      currentPassword: 'old password',
      newPassword: 'correct horse battery staple',
    });
    expect(TestBed.inject(SessionStore).mustChangePassword()).toBe(false);
    expect(snackBar).toHaveBeenCalledWith('Your password has been changed.', undefined, { duration: 5000 });
    expect(router.navigateByUrl).toHaveBeenCalledWith('/');
  });
});
