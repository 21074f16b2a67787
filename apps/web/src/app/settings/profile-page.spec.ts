import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { NotificationsApi, UsersApi } from '@ownerdash/api-client';
import { ERROR_CODES } from '@ownerdash/contracts';
import { of, throwError } from 'rxjs';
import { zipResponse } from '../../testing/admin-fixtures';
import { type FakeAuthApi, fakeAuthApi, httpError, meResponse, TEST_USER } from '../../testing/auth-fixtures';
import { buttonNamed, fieldErrors, fillIn } from '../../testing/page-helpers';
import { AuthApiService } from '../auth/auth-api.service';
import { SessionStore } from '../auth/session.store';
import { saveFile } from '../shared/save-file';
import { ProfilePage } from './profile-page';

jest.mock('../shared/save-file', () => ({
  ...jest.requireActual('../shared/save-file'),
  saveFile: jest.fn(),
}));

describe('ProfilePage', () => {
  let fixture: ComponentFixture<ProfilePage>;
  let page: HTMLElement;
  let api: FakeAuthApi;
  let updateProfile: jest.Mock;
  let exportMyData$Response: jest.Mock;
  let notificationsApi: { getNotificationPreferences: jest.Mock; saveNotificationPreferences: jest.Mock };

  beforeEach(async () => {
    api = fakeAuthApi();
    updateProfile = jest.fn(() => of(TEST_USER));
    exportMyData$Response = jest.fn(() => of(zipResponse('ownerdash-personal-data-me-2026-12-07.zip')));
    notificationsApi = {
      getNotificationPreferences: jest.fn(() => of({ chatNotifications: true, toasts: false })),
      saveNotificationPreferences: jest.fn(({ body }) => of(body)),
    };
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [
        { provide: AuthApiService, useValue: api },
        { provide: UsersApi, useValue: { updateProfile, exportMyData$Response } },
        { provide: NotificationsApi, useValue: notificationsApi },
      ],
    });
    await TestBed.inject(SessionStore).initialize();
    fixture = TestBed.createComponent(ProfilePage);
    page = fixture.nativeElement;
    await fixture.whenStable();
  });

  async function save(values: Record<string, string>): Promise<void> {
    fillIn(page, values);
    buttonNamed(page, 'Save')?.click();
    await fixture.whenStable();
  }

  it('starts from the signed-in user’s profile', () => {
    expect(page.querySelector<HTMLInputElement>('input[name="displayName"]')?.value).toBe('Ada Lovelace');
    expect(page.textContent).toContain('ada@example.com');
  });

  it('saves the name and picture address, then reloads the session so the shell shows them', async () => {
    api.me.mockReturnValue(of(meResponse({ user: { ...TEST_USER, displayName: 'Ada King' } })));

    await save({ displayName: ' Ada King ', avatarUrl: 'https://images.example.com/ada.png' });

    expect(updateProfile).toHaveBeenCalledWith({
      body: { displayName: 'Ada King', avatarUrl: 'https://images.example.com/ada.png' },
    });
    expect(TestBed.inject(SessionStore).user()?.displayName).toBe('Ada King');
    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('Your profile has been saved.');
  });

  it('removes the picture when the address is emptied', async () => {
    await save({ avatarUrl: '' });

    expect(updateProfile.mock.lastCall?.[0].body.avatarUrl).toBeNull();
  });

  it('accepts only https addresses, and shows the server’s own objections under the field', async () => {
    await save({ avatarUrl: 'http://images.example.com/ada.png' });
    expect(fieldErrors(page)).toEqual(['Enter an address that starts with https://.']);
    expect(updateProfile).not.toHaveBeenCalled();

    updateProfile.mockReturnValue(
      throwError(() =>
        httpError(400, {
          code: ERROR_CODES.validationFailed,
          details: [{ field: 'avatarUrl', problems: ['avatarUrl must be an https:// address'] }],
        }),
      ),
    );
    await save({ avatarUrl: 'https://' + 'x'.repeat(10) });

    expect(fieldErrors(page)).toEqual(['avatarUrl must be an https:// address']);
  });

  it('downloads the signed-in user’s own data', async () => {
    buttonNamed(page, 'Download my data')?.click();
    await fixture.whenStable();

    expect(exportMyData$Response).toHaveBeenCalledTimes(1);
    expect(saveFile).toHaveBeenCalledWith(
      expect.any(Blob),
      'ownerdash-personal-data-me-2026-12-07.zip',
      'application/zip',
    );
  });

  it('shows the notification settings from the server and saves each switch as it is flipped', async () => {
    const switches = () =>
      [...page.querySelectorAll<HTMLButtonElement>('mat-slide-toggle button[role="switch"]')].map((button) => [
        button.closest('mat-slide-toggle')?.textContent?.trim(),
        button.getAttribute('aria-checked'),
      ]);
    expect(switches()).toEqual([
      ['Chat notifications', 'true'],
      ['Pop-up toasts', 'false'],
    ]);

    page.querySelector<HTMLButtonElement>('mat-slide-toggle button[role="switch"]')?.click();
    await fixture.whenStable();

    expect(notificationsApi.saveNotificationPreferences).toHaveBeenCalledWith({
      body: { chatNotifications: false, toasts: false },
    });
    expect(switches()).toEqual([
      ['Chat notifications', 'false'],
      ['Pop-up toasts', 'false'],
    ]);
    expect(page.querySelector('od-notification-settings-card [role="status"]')?.textContent?.trim()).toBe('Saved.');
  });
});
