import { inject } from '@angular/core';
import { type CanActivateFn, type ResolveFn, Router } from '@angular/router';
import { TABS } from '@ownerdash/contracts';
import { SessionStore } from '../auth/session.store';
import { AccessNotice } from '../shared/access-notice';

/** `/dashboard` opens the first tab the user may see; with none, the page explains that. */
export const firstTabGuard: CanActivateFn = () => {
  const first = inject(SessionStore).visibleTabs()[0];
  return first ? inject(Router).createUrlTree(['/dashboard', first.id]) : true;
};

/**
 * Unknown tabs and tabs outside the user's permissions fall back to the first visible tab; for a
 * hidden tab the user is told why.
 */
export const tabGuard: CanActivateFn = (route) => {
  const tabId = route.paramMap.get('tabId');
  if (
    inject(SessionStore)
      .visibleTabs()
      .some((tab) => tab.id === tabId)
  ) {
    return true;
  }
  const hidden = TABS.find((tab) => tab.id === tabId);
  if (hidden) {
    inject(AccessNotice).deny(hidden.label);
  }
  return inject(Router).createUrlTree(['/dashboard']);
};

export const tabTitle: ResolveFn<string> = (route) => {
  const label = TABS.find((tab) => tab.id === route.paramMap.get('tabId'))?.label ?? 'Dashboard';
  return `${label} | Ownerdash`;
};
