import type { Routes } from '@angular/router';
import { passwordChangedGuard, signedInGuard, signedOutGuard } from './auth/auth.guards';

export const appRoutes: Routes = [
  {
    path: 'sign-in',
    title: 'Sign in | Ownerdash',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./auth/sign-in-page').then((m) => m.SignInPage),
  },
  {
    path: 'change-password',
    title: 'Change password | Ownerdash',
    canActivate: [signedInGuard],
    loadComponent: () => import('./auth/change-password-page').then((m) => m.ChangePasswordPage),
  },
  {
    path: '',
    canActivate: [signedInGuard, passwordChangedGuard],
    loadComponent: () => import('./shell/shell').then((m) => m.Shell),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'dashboard' },
      { path: 'dashboard', loadChildren: () => import('./dashboard/dashboard.routes').then((m) => m.dashboardRoutes) },
    ],
  },
  {
    path: '**',
    title: 'Page not found | Ownerdash',
    loadComponent: () => import('./shell/not-found-page').then((m) => m.NotFoundPage),
  },
];
