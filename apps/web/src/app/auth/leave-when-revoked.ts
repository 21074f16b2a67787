import { effect, inject, untracked } from '@angular/core';
import { Router } from '@angular/router';
import { SessionStore } from './session.store';

/**
 * Leaves the open page for `redirectTo` as soon as `permitted` turns false. Route guards decide
 * only when the user navigates, but rights can change under an open page: the session reloads
 * them when the API refuses a token after an admin's change. Call from a constructor.
 */
export function leaveWhenRevoked(permitted: () => boolean, redirectTo: string): void {
  const session = inject(SessionStore);
  const router = inject(Router);
  effect(() => {
    // Signing out clears the rights too; the sign-out itself decides where to go then.
    if (session.signedIn() && !permitted()) {
      untracked(() => void router.navigateByUrl(redirectTo, { replaceUrl: true }));
    }
  });
}
