import { ApplicationRef } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { provideRouter } from '@angular/router';
import { AdminApi, PropertiesApi } from '@ownerdash/api-client';
import { ERROR_CODES, TAB_IDS, VIEW_IDS } from '@ownerdash/contracts';
import { firstValueFrom, of, throwError } from 'rxjs';
import {
  adminUser,
  type FakeAdminApi,
  fakeAdminApi,
  fakePropertiesApi,
  permissionSettings,
} from '../../testing/admin-fixtures';
import { httpError } from '../../testing/auth-fixtures';
import { alertText, buttonNamed, fillIn } from '../../testing/page-helpers';
import { saveFile } from '../shared/save-file';
import { UserDetailPage } from './user-detail-page';

jest.mock('../shared/save-file', () => ({
  ...jest.requireActual('../shared/save-file'),
  saveFile: jest.fn(),
}));

describe('UserDetailPage', () => {
  let api: FakeAdminApi;
  let fixture: ComponentFixture<UserDetailPage>;
  let page: HTMLElement;

  async function render(): Promise<void> {
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [
        provideRouter([]),
        { provide: AdminApi, useValue: api },
        { provide: PropertiesApi, useValue: fakePropertiesApi() },
      ],
    });
    fixture = TestBed.createComponent(UserDetailPage);
    fixture.componentRef.setInput('id', 'user-2');
    page = fixture.nativeElement;
    await settle();
  }

  const settle = () => TestBed.inject(ApplicationRef).whenStable();
  const checkbox = (label: string) =>
    [...page.querySelectorAll('mat-checkbox')]
      .find((box) => box.textContent?.trim() === label)
      ?.querySelector('input') as HTMLInputElement;
  const radio = (label: string) =>
    [...page.querySelectorAll('mat-radio-button')]
      .find((button) => button.textContent?.trim() === label)
      ?.querySelector('input') as HTMLInputElement;
  const unsaved = () => fixture.componentInstance.hasUnsavedChanges();

  async function click(element: HTMLElement | undefined): Promise<void> {
    element?.click();
    await settle();
  }

  /** Answers the confirmation dialog and waits until it has closed. */
  async function answer(button: string): Promise<void> {
    const closed = firstValueFrom(TestBed.inject(MatDialog).afterAllClosed);
    buttonNamed(document.querySelector('od-confirm-dialog') as HTMLElement, button)?.click();
    await closed;
    await settle();
  }

  beforeEach(() => {
    api = fakeAdminApi();
    api.getUser.mockReturnValue(of(adminUser({ lastLogin: null })));
    api.getUserPermissions.mockReturnValue(of(permissionSettings(['overview.unit_mix'])));
  });

  it('shows the member with their access and what they will see', async () => {
    await render();

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Sarah Miller');
    expect(page.querySelector('.facts')?.textContent).toContain('sarah@phh.example');
    expect(page.querySelector<HTMLInputElement>('input[name="displayName"]')?.value).toBe('Sarah Miller');
    expect(radio('All properties').checked).toBe(true);
    expect(checkbox('Rents by floorplan').checked).toBe(false);
    expect(page.querySelector('.summary')?.textContent?.trim()).toBe('Sees 8 of 8 tabs, 28 of 29 views');
    expect(unsaved()).toBe(false);
  });

  it('links to what the member did, on the audit page filtered to them', async () => {
    await render();

    expect(buttonNamed(page, 'Activity')?.getAttribute('href')).toBe('/admin/audit?actor=user-2');
  });

  it('saves a new name with one PATCH and nothing else', async () => {
    await render();
    api.updateUser.mockReturnValue(of(adminUser({ displayName: 'Sarah Miller-Jones' })));

    fillIn(page, { displayName: 'Sarah Miller-Jones' });
    await settle();
    expect(unsaved()).toBe(true);
    await click(buttonNamed(page, 'Save changes'));

    expect(api.updateUser).toHaveBeenCalledWith({ id: 'user-2', body: { displayName: 'Sarah Miller-Jones' } });
    expect(api.setUserPropertyAccess).not.toHaveBeenCalled();
    expect(api.setUserPermissions).not.toHaveBeenCalled();
    expect(page.querySelector('.status')?.textContent?.trim()).toBe('Changes saved.');
    expect(unsaved()).toBe(false);
  });

  it('saves a property restriction and a hidden tab, sending the whole tree', async () => {
    await render();
    api.setUserPermissions.mockImplementation(({ body }) => of({ tabs: body.tabs ?? {}, views: body.views ?? {} }));

    await click(radio('Only the properties chosen below'));
    await click(checkbox('Parkside'));
    await click(page.querySelector<HTMLInputElement>('mat-checkbox[data-tab="financials"] input') ?? undefined);
    expect(page.querySelector('.summary')?.textContent?.trim()).toBe('Sees 7 of 8 tabs, 25 of 29 views');
    await click(buttonNamed(page, 'Save changes'));

    expect(api.updateUser).not.toHaveBeenCalled();
    expect(api.setUserPropertyAccess).toHaveBeenCalledWith({ id: 'user-2', body: { propertyIds: ['p-parkside'] } });
    const sent = api.setUserPermissions.mock.lastCall?.[0].body;
    expect(Object.keys(sent?.tabs ?? {})).toEqual([...TAB_IDS]);
    expect(Object.keys(sent?.views ?? {})).toEqual([...VIEW_IDS]);
    expect(sent?.tabs?.['financials']).toBe(false);
    expect(sent?.views?.['financials.pnl']).toBe(true);
    expect(sent?.views?.['overview.unit_mix']).toBe(false);
    expect(unsaved()).toBe(false);
  });

  it('shows why the last administrator cannot be demoted, and keeps the change unsaved', async () => {
    api.getUser.mockReturnValue(of(adminUser({ role: 'admin' })));
    api.updateUser.mockReturnValue(
      throwError(() =>
        httpError(409, {
          code: ERROR_CODES.lastAdmin,
          message: 'Sarah Miller is the last active administrator of PHH. Make another user an administrator first.',
        }),
      ),
    );
    await render();

    fixture.componentInstance['form'].controls.role.setValue('user');
    await settle();
    await click(buttonNamed(page, 'Save changes'));

    expect(alertText(page)).toBe(
      'Sarah Miller is the last active administrator of PHH. Make another user an administrator first.',
    );
    expect(unsaved()).toBe(true);
  });

  it('shows an administrator’s access read-only, explaining that admins see everything', async () => {
    api.getUser.mockReturnValue(of(adminUser({ role: 'admin' })));
    await render();

    expect(page.textContent).toContain('Administrators always see every property.');
    expect(radio('All properties').disabled).toBe(true);
    expect(checkbox('Occupancy at a glance').disabled).toBe(true);
  });

  it('puts the drafts back on Cancel', async () => {
    await render();
    await click(checkbox('Occupancy at a glance'));
    expect(unsaved()).toBe(true);

    await click(buttonNamed(page, 'Cancel'));

    expect(checkbox('Occupancy at a glance').checked).toBe(true);
    expect(unsaved()).toBe(false);
  });

  it('deactivates after a confirmation and shows the new status', async () => {
    await render();
    api.getUser.mockReturnValue(of(adminUser({ isActive: false })));

    await click(buttonNamed(page, 'Deactivate'));
    await answer('Deactivate');

    expect(api.deactivateUser).toHaveBeenCalledWith({ id: 'user-2' });
    expect(page.querySelector('od-label-chip')?.textContent?.trim()).toBe('Deactivated');
    expect(page.querySelector('.status')?.textContent?.trim()).toBe('Sarah Miller was deactivated.');
    expect(buttonNamed(page, 'Reactivate')).toBeDefined();
  });

  it('does nothing when the confirmation is cancelled', async () => {
    await render();

    await click(buttonNamed(page, 'Sign out everywhere'));
    await answer('Cancel');

    expect(api.signOutUser).not.toHaveBeenCalled();
  });

  it('downloads the member’s data export', async () => {
    await render();

    await click(buttonNamed(page, 'Export data'));

    expect(api.exportUserData$Response).toHaveBeenCalledWith({ id: 'user-2' });
    expect(saveFile).toHaveBeenCalledWith(
      expect.any(Blob),
      'ownerdash-personal-data-user-2-2026-12-07.zip',
      'application/zip',
    );
  });

  it('erases through the dialog, then shows the anonymized account without its actions', async () => {
    await render();
    api.getUser.mockReturnValue(
      of(
        adminUser({ displayName: 'Former user', email: 'erased-user-2@erased.invalid', isActive: false, erased: true }),
      ),
    );

    await click(buttonNamed(page, 'Erase personal data…'));
    const dialog = document.querySelector('od-erase-user-dialog') as HTMLElement;
    (dialog.querySelector('mat-checkbox input') as HTMLInputElement).click();
    await settle();
    const closed = firstValueFrom(TestBed.inject(MatDialog).afterAllClosed);
    buttonNamed(dialog, 'Erase personal data')?.click();
    await closed;
    await settle();

    expect(api.eraseUser).toHaveBeenCalledWith({ id: 'user-2', body: { messages: 'keep' } });
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Former user');
    expect(page.querySelector('.status')?.textContent?.trim()).toBe('The personal data of Sarah Miller was erased.');
    expect(page.textContent).toContain('This person’s personal data was erased');
    expect(buttonNamed(page, 'Erase personal data…')).toBeUndefined();
    expect(buttonNamed(page, 'Reset password')).toBeUndefined();
    expect(buttonNamed(page, 'Export data')).toBeDefined();
  });

  it('says when the member is not in the organization', async () => {
    api.getUser.mockReturnValue(throwError(() => httpError(404)));
    await render();

    expect(alertText(page)).toContain('There is no such member in your organization.');
  });
});
