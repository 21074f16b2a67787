import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { provideRouter, Router } from '@angular/router';
import { ERROR_CODES } from '@ownerdash/contracts';
import { throwError } from 'rxjs';
import { type FakeAuthApi, fakeAuthApi, httpError } from '../../testing/auth-fixtures';
import { alertText, buttonNamed, fieldErrors, fillIn } from '../../testing/page-helpers';
import { AuthApiService } from './auth-api.service';
import { ResetPasswordPage } from './reset-password-page';

const NEW_PASSWORD = { newPassword: 'plum kettle orbit seventeen', confirmPassword: 'plum kettle orbit seventeen' };

describe('ResetPasswordPage', () => {
  let fixture: ComponentFixture<ResetPasswordPage>;
  let page: HTMLElement;
  let api: FakeAuthApi;
  let router: Router;

  async function render(token: string | undefined): Promise<void> {
    api = fakeAuthApi();
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [provideRouter([]), { provide: AuthApiService, useValue: api }],
    });
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigate').mockResolvedValue(true);
    fixture = TestBed.createComponent(ResetPasswordPage);
    fixture.componentRef.setInput('token', token);
    page = fixture.nativeElement;
    await fixture.whenStable();
  }

  async function submit(values: Record<string, string> = NEW_PASSWORD): Promise<void> {
    fillIn(page, values);
    buttonNamed(page, 'Set password')?.click();
    await fixture.whenStable();
  }

  it('sets the new password and sends the user to sign in with a confirmation', async () => {
    await render('a-token-from-the-mail-0123456789');

    await submit();

    expect(api.resetPassword).toHaveBeenCalledWith({
      token: 'a-token-from-the-mail-0123456789',
      newPassword: 'plum kettle orbit seventeen',
    });
    expect(router.navigate).toHaveBeenCalledWith(['/sign-in'], { queryParams: { notice: 'password-reset' } });
  });

  it('explains a link without a token and offers a new one instead of the form', async () => {
    await render(undefined);

    expect(alertText(page)).toContain('This reset link is incomplete.');
    expect(page.querySelector('form')).toBeNull();
    expect(buttonNamed(page, 'Request a new link')?.getAttribute('href')).toBe('/forgot-password');
  });

  it('explains a used or expired link and offers a new one', async () => {
    await render('a-token-that-was-used-0123456789');
    api.resetPassword.mockReturnValue(
      throwError(() =>
        httpError(400, { code: ERROR_CODES.invalidToken, message: 'This password reset link is not valid.' }),
      ),
    );

    await submit();

    expect(alertText(page)).toContain('it was already used, has expired, or was replaced by a newer one');
    expect(page.querySelector('form')).toBeNull();
    expect(buttonNamed(page, 'Request a new link')?.getAttribute('href')).toBe('/forgot-password');
  });

  it('treats a token the server finds malformed as a broken link', async () => {
    await render('short');
    api.resetPassword.mockReturnValue(
      throwError(() =>
        httpError(400, {
          code: ERROR_CODES.validationFailed,
          details: [{ field: 'token', problems: ['token must be longer than or equal to 20 characters'] }],
        }),
      ),
    );

    await submit();

    expect(buttonNamed(page, 'Request a new link')).toBeDefined();
  });

  it('puts a refused password under the field and keeps the link usable', async () => {
    await render('a-token-from-the-mail-0123456789');
    api.resetPassword.mockReturnValue(
      throwError(() =>
        httpError(400, {
          code: ERROR_CODES.weakPassword,
          message: 'This password is too common.',
          details: [{ field: 'newPassword', problems: ['This password is too common.'] }],
        }),
      ),
    );

    await submit();

    expect(fieldErrors(page)).toEqual(['This password is too common.']);
    expect(page.querySelector('form')).not.toBeNull();
  });

  it('states the policy and checks the confirmation before asking the server', async () => {
    await render('a-token-from-the-mail-0123456789');

    await submit({ newPassword: 'plum kettle orbit seventeen', confirmPassword: 'something else' });

    expect(page.querySelector('mat-hint')?.textContent).toContain('At least 12 characters.');
    expect(fieldErrors(page)).toEqual(['The passwords do not match.']);
    expect(api.resetPassword).not.toHaveBeenCalled();
  });
});
