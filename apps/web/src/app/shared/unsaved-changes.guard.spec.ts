import { createEnvironmentInjector, EnvironmentInjector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { ActivatedRouteSnapshot, RouterStateSnapshot } from '@angular/router';
import { firstValueFrom, isObservable, type Observable, of } from 'rxjs';
import { type HasUnsavedChanges, unsavedChangesGuard, warnBeforeUnload } from './unsaved-changes.guard';

describe('unsavedChangesGuard', () => {
  let open: jest.Mock;

  beforeEach(() => {
    open = jest.fn(() => ({ afterClosed: () => of(true) }));
    TestBed.configureTestingModule({ providers: [{ provide: MatDialog, useValue: { open } }] });
  });

  function leave(page: HasUnsavedChanges): boolean | Observable<boolean> {
    return TestBed.runInInjectionContext(
      () =>
        unsavedChangesGuard(
          page,
          {} as ActivatedRouteSnapshot,
          {} as RouterStateSnapshot,
          {} as RouterStateSnapshot,
        ) as boolean | Observable<boolean>,
    );
  }

  it('lets the user leave a page without changes, asking nothing', () => {
    expect(leave({ hasUnsavedChanges: () => false })).toBe(true);
    expect(open).not.toHaveBeenCalled();
  });

  it('asks before changes are discarded, and leaves only when the user agrees', async () => {
    const result = leave({ hasUnsavedChanges: () => true });

    expect(isObservable(result)).toBe(true);
    await expect(firstValueFrom(result as Observable<boolean>)).resolves.toBe(true);
    expect(open.mock.lastCall?.[1]?.data).toMatchObject({
      title: 'Discard unsaved changes?',
      confirmLabel: 'Discard changes',
    });
  });

  it('stays when the user cancels or dismisses the question', async () => {
    open.mockReturnValue({ afterClosed: () => of(undefined) });

    await expect(firstValueFrom(leave({ hasUnsavedChanges: () => true }) as Observable<boolean>)).resolves.toBe(false);
  });
});

describe('warnBeforeUnload', () => {
  function unload(): Event {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event;
  }

  it('has the browser ask while there are unsaved changes, and stops with the page', () => {
    let dirty = true;
    const page = createEnvironmentInjector([], TestBed.inject(EnvironmentInjector));
    runInInjectionContext(page, () => warnBeforeUnload(() => dirty));

    expect(unload().defaultPrevented).toBe(true);
    dirty = false;
    expect(unload().defaultPrevented).toBe(false);

    dirty = true;
    page.destroy();
    expect(unload().defaultPrevented).toBe(false);
  });
});
