import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatIconTestingModule } from '@angular/material/icon/testing';
import { AdminApi, PropertiesApi } from '@ownerdash/api-client';
import { firstValueFrom, of, throwError } from 'rxjs';
import { type FakeAdminApi, fakeAdminApi, fakePropertiesApi, preset } from '../../testing/admin-fixtures';
import { httpError } from '../../testing/auth-fixtures';
import { alertText, buttonNamed, fillIn } from '../../testing/page-helpers';
import { PresetsPage } from './presets-page';

describe('PresetsPage', () => {
  let api: FakeAdminApi;
  let page: HTMLElement;

  const settle = () => TestBed.inject(ApplicationRef).whenStable();
  const dialog = () => document.querySelector('.mat-mdc-dialog-container') as HTMLElement;

  async function render(): Promise<void> {
    TestBed.configureTestingModule({
      imports: [MatIconTestingModule],
      providers: [
        { provide: AdminApi, useValue: api },
        { provide: PropertiesApi, useValue: fakePropertiesApi() },
      ],
    });
    const fixture = TestBed.createComponent(PresetsPage);
    page = fixture.nativeElement;
    await settle();
  }

  async function closeDialogs(): Promise<void> {
    const closed = firstValueFrom(TestBed.inject(MatDialog).afterAllClosed);
    await closed;
    await settle();
  }

  beforeEach(() => {
    api = fakeAdminApi();
  });

  it('lists each preset with what it gives', async () => {
    api.listPresets.mockReturnValue(of({ items: [preset()] }));
    await render();

    const cells = [...page.querySelectorAll('tr.mat-mdc-row td')].map((cell) => cell.textContent?.trim());
    expect(cells.slice(0, 2)).toEqual(['Property manager', 'Role User · Sees 7 of 8 tabs, 26 of 29 views · Parkside']);
  });

  it('invites the admin to create the first preset, with one button', async () => {
    await render();

    expect(page.querySelector('od-page-state[role="status"]')?.textContent).toContain('No presets yet.');
    const creates = [...page.querySelectorAll('button')].filter((button) => /create/i.test(button.textContent ?? ''));
    expect(creates.map((button) => button.textContent?.trim())).toEqual(['Create the first preset']);
  });

  it('offers to create another preset above the list', async () => {
    api.listPresets.mockReturnValue(of({ items: [preset()] }));
    await render();

    const creates = [...page.querySelectorAll('button')].filter((button) => /create/i.test(button.textContent ?? ''));
    expect(creates.map((button) => button.textContent?.trim())).toEqual(['Create preset']);
  });

  it('creates a preset from the name, role, scope and tree chosen', async () => {
    await render();

    buttonNamed(page, 'Create the first preset')?.click();
    await settle();
    fillIn(dialog(), { name: 'Leasing agent' });
    [...dialog().querySelectorAll('mat-checkbox')]
      .find((box) => box.textContent?.trim() === 'Financials')
      ?.querySelector('input')
      ?.click();
    await settle();
    const closed = closeDialogs();
    buttonNamed(dialog(), 'Create preset')?.click();
    await closed;

    const body = api.createPreset.mock.lastCall?.[0].body;
    expect(body).toMatchObject({ name: 'Leasing agent', role: 'user', propertyIds: null });
    expect(body?.tabs?.['financials']).toBe(false);
    expect(api.listPresets).toHaveBeenCalledTimes(2);
  });

  it('puts a taken name under the name field', async () => {
    api.createPreset.mockReturnValue(
      throwError(() =>
        httpError(409, { code: 'PRESET_NAME_TAKEN', message: 'A preset named "Viewer" already exists.' }),
      ),
    );
    await render();

    buttonNamed(page, 'Create the first preset')?.click();
    await settle();
    fillIn(dialog(), { name: 'Viewer' });
    buttonNamed(dialog(), 'Create preset')?.click();
    await settle();

    expect([...dialog().querySelectorAll('mat-error')].map((error) => error.textContent?.trim())).toEqual([
      'A preset named "Viewer" already exists.',
    ]);
    TestBed.inject(MatDialog).closeAll();
    await closeDialogs();
  });

  it('deletes a preset after a confirmation', async () => {
    api.listPresets.mockReturnValue(of({ items: [preset()] }));
    await render();

    page.querySelector<HTMLButtonElement>('button[aria-label="Delete Property manager"]')?.click();
    await settle();
    const closed = closeDialogs();
    buttonNamed(document.querySelector('od-confirm-dialog') as HTMLElement, 'Delete')?.click();
    await closed;

    expect(api.deletePreset).toHaveBeenCalledWith({ id: 'preset-1' });
    expect(page.querySelector('.status')?.textContent?.trim()).toBe('The preset Property manager was deleted.');
  });

  it('explains a failure to load', async () => {
    api.listPresets.mockReturnValue(throwError(() => httpError(500)));
    await render();

    expect(alertText(page)).toContain('The presets could not be loaded.');
  });
});
