import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { provideRouter } from '@angular/router';
import { ERROR_CODES } from '@ownerdash/contracts';
import { throwError } from 'rxjs';
import { type FakeAuthApi, fakeAuthApi, FORGOT_PASSWORD_ANSWER, httpError } from '../../testing/auth-fixtures';
import { alertText, buttonNamed, fieldErrors, fillIn } from '../../testing/page-helpers';
import { AuthApiService } from './auth-api.service';
import { ForgotPasswordPage } from './forgot-password-page';

describe('ForgotPasswordPage', () => {
  let fixture: ComponentFixture<ForgotPasswordPage>;
  let page: HTMLElement;
  let api: FakeAuthApi;

  beforeEach(async () => {
    api = fakeAuthApi();
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [provideRouter([]), { provide: AuthApiService, useValue: api }],
    });
    fixture = TestBed.createComponent(ForgotPasswordPage);
    page = fixture.nativeElement;
    await fixture.whenStable();
  });

  async function send(email: string): Promise<void> {
    fillIn(page, { email });
    buttonNamed(page, 'Send link')?.click();
    await fixture.whenStable();
  }

  it('shows the server’s neutral answer in a live region, whatever the email', async () => {
    await send('someone@phh.example');

    expect(api.forgotPassword).toHaveBeenCalledWith('someone@phh.example');
    expect(page.querySelector('[role="status"]')?.textContent).toContain(FORGOT_PASSWORD_ANSWER);
    expect(page.querySelector('form')).toBeNull();
    expect(buttonNamed(page, 'Back to sign in')?.getAttribute('href')).toBe('/sign-in');
  });

  it('checks the address before asking the server', async () => {
    await send('someone');

    expect(fieldErrors(page)).toEqual(['Enter an email address like name@example.com.']);
    expect(api.forgotPassword).not.toHaveBeenCalled();
  });

  it('says how many minutes to wait when asked too often', async () => {
    api.forgotPassword.mockReturnValue(
      throwError(() => httpError(429, { code: ERROR_CODES.tooManyAttempts }, { 'Retry-After': '600' })),
    );

    await send('someone@phh.example');

    expect(alertText(page)).toBe('Too many password reset requests. Try again in 10 minutes.');
    expect(document.activeElement).toBe(page.querySelector('[role="alert"]'));
  });
});
