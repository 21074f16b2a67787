import { DestroyRef, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import type { CanDeactivateFn } from '@angular/router';
import { askToConfirm } from './confirm-dialog';

/** A page that can hold changes the user has not saved yet. */
export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/** Asks before leaving a page with unsaved changes for another page of the app. */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (page) =>
  !page.hasUnsavedChanges() ||
  askToConfirm(inject(MatDialog), {
    title: 'Discard unsaved changes?',
    message: 'You have changes on this page that are not saved. If you leave now, they are lost.',
    confirmLabel: 'Discard changes',
    destructive: true,
  });

/**
 * Has the browser ask before a reload, a closed tab or a typed address ends the app while
 * `hasUnsavedChanges` holds (the router's guard sees none of these). Call from a constructor.
 */
export function warnBeforeUnload(hasUnsavedChanges: () => boolean): void {
  const warn = (event: BeforeUnloadEvent): void => {
    if (hasUnsavedChanges()) {
      event.preventDefault();
    }
  };
  window.addEventListener('beforeunload', warn);
  inject(DestroyRef).onDestroy(() => window.removeEventListener('beforeunload', warn));
}
