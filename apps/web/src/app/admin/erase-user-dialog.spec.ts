import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog, type MatDialogRef } from '@angular/material/dialog';
import { AdminApi } from '@ownerdash/api-client';
import { ERROR_CODES } from '@ownerdash/contracts';
import { firstValueFrom, throwError } from 'rxjs';
import { adminUser, type FakeAdminApi, fakeAdminApi } from '../../testing/admin-fixtures';
import { httpError } from '../../testing/auth-fixtures';
import { alertText, buttonNamed } from '../../testing/page-helpers';
import { EraseUserDialog } from './erase-user-dialog';

describe('EraseUserDialog', () => {
  let api: FakeAdminApi;
  let dialogRef: MatDialogRef<EraseUserDialog>;

  beforeEach(async () => {
    api = fakeAdminApi();
    TestBed.configureTestingModule({ providers: [{ provide: AdminApi, useValue: api }] });
    dialogRef = TestBed.inject(MatDialog).open(EraseUserDialog, { data: adminUser() });
    await settle();
  });

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  const settle = () => TestBed.inject(ApplicationRef).whenStable();
  const dialog = () => document.querySelector('od-erase-user-dialog') as HTMLElement;
  const input = (label: string) =>
    [...dialog().querySelectorAll('mat-radio-button, mat-checkbox')]
      .find((option) => option.textContent?.trim().startsWith(label))
      ?.querySelector('input') as HTMLInputElement;
  const submit = async () => {
    buttonNamed(dialog(), 'Erase personal data')?.click();
    await settle();
  };

  it('says what happens and keeps the messages unless told otherwise', () => {
    expect(dialog().querySelector('h2')?.textContent?.trim()).toBe('Erase the personal data of Sarah Miller?');
    expect(dialog().textContent).toContain('This cannot be undone.');
    expect(dialog().textContent).toContain('their email (sarah@phh.example) and picture are removed');
    expect(input('Keep them').checked).toBe(true);
  });

  it('erases nothing until the acknowledgement is ticked, and says so', async () => {
    await submit();

    expect(api.eraseUser).not.toHaveBeenCalled();
    expect(alertText(dialog())).toBe('Tick the box to confirm the erasure.');
  });

  it('erases with the chosen handling of the messages and closes with the answer', async () => {
    const closed = firstValueFrom(dialogRef.afterClosed());
    input('Delete them').click();
    input('I understand').click();
    await settle();

    await submit();

    expect(api.eraseUser).toHaveBeenCalledWith({ id: 'user-2', body: { messages: 'delete' } });
    expect(await closed).toEqual({ id: 'user-2', displayName: 'Former user', messages: 'delete', messagesDeleted: 0 });
  });

  it('shows why the server refused, such as the last administrator, and stays open', async () => {
    const message = 'Sarah Miller is the last active administrator of PHH. Make another user an administrator first.';
    api.eraseUser.mockReturnValue(throwError(() => httpError(409, { code: ERROR_CODES.lastAdmin, message })));
    input('I understand').click();
    await settle();

    await submit();

    expect(alertText(dialog())).toBe(message);
    expect(dialog()).not.toBeNull();
    expect(buttonNamed(dialog(), 'Erase personal data')?.hasAttribute('disabled')).toBe(false);
  });
});
