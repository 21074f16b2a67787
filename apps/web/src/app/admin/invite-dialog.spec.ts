import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog, type MatDialogRef } from '@angular/material/dialog';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { AdminApi, PropertiesApi } from '@ownerdash/api-client';
import { ERROR_CODES } from '@ownerdash/contracts';
import { firstValueFrom, of, throwError } from 'rxjs';
import {
  type FakeAdminApi,
  fakeAdminApi,
  fakePropertiesApi,
  invitation,
  preset,
  temporaryPasswordCredentials,
} from '../../testing/admin-fixtures';
import { httpError } from '../../testing/auth-fixtures';
import { InviteDialog } from './invite-dialog';

describe('InviteDialog', () => {
  let api: FakeAdminApi;
  let dialogRef: MatDialogRef<InviteDialog>;
  let closed: unknown[];

  beforeEach(async () => {
    api = fakeAdminApi();
    api.listPresets.mockReturnValue(of({ items: [preset({ role: 'admin', propertyIds: ['p-parkside'] })] }));
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [
        { provide: AdminApi, useValue: api },
        { provide: PropertiesApi, useValue: fakePropertiesApi() },
      ],
    });
    dialogRef = TestBed.inject(MatDialog).open(InviteDialog);
    closed = [];
    dialogRef.afterClosed().subscribe((result) => closed.push(result));
    // Animations are off in unit tests, so once the app is stable the dialog has opened and moved
    // focus into itself: no test races that first focus.
    await settle();
  });

  afterEach(() => TestBed.inject(MatDialog).closeAll());

  const dialog = () => document.querySelector('od-invite-dialog') as HTMLElement;
  const settle = () => TestBed.inject(ApplicationRef).whenStable();
  const input = (name: string) => dialog().querySelector<HTMLInputElement>(`input[name="${name}"]`) as HTMLInputElement;
  const button = (text: string) =>
    [...dialog().querySelectorAll<HTMLButtonElement>('button')].find(
      (candidate) => candidate.textContent?.trim() === text,
    );
  const errors = () => [...dialog().querySelectorAll('mat-error')].map((error) => error.textContent?.trim());

  async function type(name: string, value: string): Promise<void> {
    input(name).value = value;
    input(name).dispatchEvent(new Event('input'));
    input(name).dispatchEvent(new Event('blur'));
    await settle();
  }

  async function choose(label: string, option: string): Promise<void> {
    const field = [...dialog().querySelectorAll('mat-form-field')].find(
      (candidate) => candidate.querySelector('mat-label')?.textContent?.trim() === label,
    );
    field?.querySelector<HTMLElement>('.mat-mdc-select-trigger')?.click();
    await settle();
    [...document.querySelectorAll<HTMLElement>('mat-option')]
      .find((candidate) => candidate.textContent?.trim() === option)
      ?.click();
    await settle();
  }

  async function clickRadio(label: string): Promise<void> {
    [...dialog().querySelectorAll('mat-radio-button')]
      .find((radio) => radio.textContent?.trim() === label)
      ?.querySelector('input')
      ?.click();
    await settle();
  }

  async function fillIn(): Promise<void> {
    await type('email', 'sarah@phh.example');
    await type('displayName', 'Sarah Miller');
  }

  async function submit(): Promise<void> {
    button('Invite')?.click();
    await settle();
    await settle();
  }

  it('takes focus as it opens, so the keyboard starts inside it', () => {
    expect(document.activeElement?.closest('mat-dialog-container')).not.toBeNull();
  });

  it('invites with a temporary password and shows it once, with a copy button and a warning', async () => {
    api.inviteUser.mockReturnValue(of(invitation(temporaryPasswordCredentials('plum-kettle-orbit'))));
    await fillIn();
    await clickRadio('Create a temporary password to hand over');

    await submit();

    expect(api.inviteUser).toHaveBeenCalledWith({
      body: {
        email: 'sarah@phh.example',
        displayName: 'Sarah Miller',
        role: 'user',
        delivery: 'temporary-password',
        propertyIds: [],
      },
    });
    expect(input('temporaryPassword').value).toBe('plum-kettle-orbit');
    expect(input('temporaryPassword').readOnly).toBe(true);
    expect(dialog().querySelector('button[aria-label="Copy temporary password"]')).not.toBeNull();
    expect(dialog().textContent).toContain('It will not be shown again.');
    expect(dialog().textContent).toContain('Nov 25, 2026');
    const heading = dialog().querySelector('.result-heading');
    expect(document.activeElement).toBe(heading);
    expect(heading?.textContent?.trim()).toBe('Sarah Miller was invited');

    button('Done')?.click();
    await firstValueFrom(dialogRef.afterClosed());

    expect(closed).toEqual([true]);
    expect(document.body.textContent).not.toContain('plum-kettle-orbit');
  });

  it('confirms a mailed invitation', async () => {
    api.inviteUser.mockReturnValue(
      of(invitation({ delivery: 'email', temporaryPassword: null, expiresAt: '2026-11-25T09:30:00Z' })),
    );
    await fillIn();
    await submit();

    expect(dialog().textContent).toContain('Invitation sent to sarah@phh.example.');
    expect(dialog().querySelector('input[name="temporaryPassword"]')).toBeNull();
  });

  it('puts a taken email under the email field', async () => {
    api.inviteUser.mockReturnValue(
      throwError(() =>
        httpError(409, {
          code: ERROR_CODES.emailTaken,
          message: 'An account with the email sarah@phh.example already exists.',
        }),
      ),
    );
    await fillIn();

    await submit();

    expect(errors()).toEqual(['An account with the email sarah@phh.example already exists.']);
    expect(document.activeElement).toBe(input('email'));
    expect(dialog().querySelector('[role="alert"]')).toBeNull();
  });

  it('puts the server’s validation problems under their fields', async () => {
    api.inviteUser.mockReturnValue(
      throwError(() =>
        httpError(400, {
          code: ERROR_CODES.validationFailed,
          details: [
            { field: 'displayName', problems: ['displayName must be shorter than or equal to 100 characters'] },
          ],
        }),
      ),
    );
    await fillIn();

    await submit();

    expect(errors()).toEqual(['displayName must be shorter than or equal to 100 characters']);
  });

  it('checks the fields before asking the server', async () => {
    await submit();

    expect(errors()).toEqual(['Enter the person’s email address.', 'Enter the name others see.']);
    expect(api.inviteUser).not.toHaveBeenCalled();
  });

  it('lets a preset fill in the role and the property access, and says what it gives', async () => {
    await fillIn();

    await choose('Preset (optional)', 'Property manager');

    expect(dialog().textContent).toContain(
      'Role Admin · Sees all 8 tabs and 29 views (administrators see everything) · Parkside',
    );
    const parkside = [...dialog().querySelectorAll('mat-checkbox')].find(
      (box) => box.textContent?.trim() === 'Parkside',
    );
    expect(parkside?.querySelector('input')?.checked).toBe(true);

    await submit();

    expect(api.inviteUser).toHaveBeenCalledWith({
      body: expect.objectContaining({ role: 'admin', presetId: 'preset-1', propertyIds: ['p-parkside'] }),
    });
  });

  it('refuses "only these properties" with none chosen', async () => {
    await fillIn();
    await clickRadio('Only the properties chosen below');

    expect(dialog().querySelector('[role="alert"]')?.textContent).toContain('Choose at least one property.');
    expect(button('Invite')?.disabled).toBe(false);
    await submit();
    expect(api.inviteUser).not.toHaveBeenCalled();
  });
});
