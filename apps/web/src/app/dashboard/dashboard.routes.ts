import type { Routes } from '@angular/router';
import { firstTabGuard, tabGuard, tabTitle } from './dashboard.guards';

export const dashboardRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Dashboard | Ownerdash',
    canActivate: [firstTabGuard],
    loadComponent: () => import('./no-tabs-page').then((m) => m.NoTabsPage),
  },
  {
    path: ':tabId',
    title: tabTitle,
    canActivate: [tabGuard],
    loadComponent: () => import('./tab-page').then((m) => m.TabPage),
  },
];
