import { inject } from '@angular/core';
import { type CanActivateFn, type CanMatchFn, Router } from '@angular/router';
import { AccessNotice } from '../shared/access-notice';
import { SessionStore } from './session.store';

/** Pages for signed-in users; everyone else goes to sign-in and comes back afterwards. */
export const signedInGuard: CanActivateFn = (_route, state) =>
  inject(SessionStore).signedIn() ||
  inject(Router).createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });

/** Pages that wait until a password change the server requires has been made. */
export const passwordChangedGuard: CanActivateFn = () =>
  !inject(SessionStore).mustChangePassword() || inject(Router).createUrlTree(['/change-password']);

/** The sign-in page, which a signed-in user has no use for. */
export const signedOutGuard: CanActivateFn = () =>
  !inject(SessionStore).signedIn() || inject(Router).createUrlTree(['/']);

/**
 * The administration area, for administrators only; other users land on their dashboard, told why.
 * A visitor who is not signed in passes here so that the shell's guard sends them to sign in and back.
 */
export const adminGuard: CanMatchFn = () => {
  const session = inject(SessionStore);
  if (!session.signedIn() || session.isAdmin()) {
    return true;
  }
  inject(AccessNotice).deny('Administration');
  return inject(Router).createUrlTree(['/']);
};
