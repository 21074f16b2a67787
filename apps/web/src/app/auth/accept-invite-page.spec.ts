import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { provideRouter, Router } from '@angular/router';
import { ERROR_CODES } from '@ownerdash/contracts';
import { throwError } from 'rxjs';
import { type FakeAuthApi, fakeAuthApi, httpError, meResponse } from '../../testing/auth-fixtures';
import { alertText, buttonNamed, fillIn } from '../../testing/page-helpers';
import { AcceptInvitePage } from './accept-invite-page';
import { AuthApiService } from './auth-api.service';
import { SessionStore } from './session.store';

const NEW_PASSWORD = { newPassword: 'plum kettle orbit seventeen', confirmPassword: 'plum kettle orbit seventeen' };

describe('AcceptInvitePage', () => {
  let fixture: ComponentFixture<AcceptInvitePage>;
  let page: HTMLElement;
  let api: FakeAuthApi;
  let router: Router;

  async function render(token: string | undefined): Promise<void> {
    api = fakeAuthApi(meResponse({ tabs: ['leasing'] }));
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [provideRouter([]), { provide: AuthApiService, useValue: api }],
    });
    router = TestBed.inject(Router);
    jest.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    fixture = TestBed.createComponent(AcceptInvitePage);
    fixture.componentRef.setInput('token', token);
    page = fixture.nativeElement;
    await fixture.whenStable();
  }

  async function submit(values: Record<string, string>): Promise<void> {
    fillIn(page, values);
    buttonNamed(page, 'Set password and sign in')?.click();
    await fixture.whenStable();
  }

  it('sets the password, signs the user in with the session the API returns, and opens the dashboard', async () => {
    await render('an-invitation-token-0123456789');

    await submit({ ...NEW_PASSWORD, displayName: '  Sarah M.  ' });

    expect(api.acceptInvite).toHaveBeenCalledWith({
      token: 'an-invitation-token-0123456789',
      newPassword: 'plum kettle orbit seventeen',
      displayName: 'Sarah M.',
    });
    const session = TestBed.inject(SessionStore);
    expect(session.signedIn()).toBe(true);
    expect(session.accessToken()).toBe('access-1');
    expect(session.visibleTabs().map((tab) => tab.id)).toEqual(['leasing']);
    expect(router.navigateByUrl).toHaveBeenCalledWith('/');
  });

  it('keeps the name the administrator entered when none is given', async () => {
    await render('an-invitation-token-0123456789');

    await submit(NEW_PASSWORD);

    expect(api.acceptInvite.mock.lastCall?.[0]).not.toHaveProperty('displayName');
  });

  it('explains a link without a token instead of showing the form', async () => {
    await render('');

    expect(alertText(page)).toContain('This invitation link is incomplete.');
    expect(page.querySelector('form')).toBeNull();
  });

  it('explains a used or expired invitation and stays signed out', async () => {
    await render('an-invitation-token-0123456789');
    api.acceptInvite.mockReturnValue(throwError(() => httpError(400, { code: ERROR_CODES.invalidToken })));

    await submit(NEW_PASSWORD);

    expect(alertText(page)).toContain('Ask your administrator for a new invitation.');
    expect(page.querySelector('form')).toBeNull();
    expect(TestBed.inject(SessionStore).signedIn()).toBe(false);
    expect(router.navigateByUrl).not.toHaveBeenCalled();
  });
});
