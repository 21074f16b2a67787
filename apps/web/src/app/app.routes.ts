import type { Routes } from '@angular/router';
import { adminGuard, passwordChangedGuard, signedInGuard, signedOutGuard } from './auth/auth.guards';
import { loadDashboardRoutes, loadShell } from './page-chunks';

export const appRoutes: Routes = [
  {
    path: 'sign-in',
    title: 'Sign in | Ownerdash',
    canActivate: [signedOutGuard],
    loadComponent: () => import('./auth/sign-in-page').then((m) => m.SignInPage),
  },
  {
    path: 'forgot-password',
    title: 'Forgot password | Ownerdash',
    loadComponent: () => import('./auth/forgot-password-page').then((m) => m.ForgotPasswordPage),
  },
  {
    path: 'reset-password',
    title: 'Reset password | Ownerdash',
    loadComponent: () => import('./auth/reset-password-page').then((m) => m.ResetPasswordPage),
  },
  {
    path: 'accept-invite',
    title: 'Accept invitation | Ownerdash',
    loadComponent: () => import('./auth/accept-invite-page').then((m) => m.AcceptInvitePage),
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
    loadComponent: loadShell,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'dashboard' },
      { path: 'dashboard', loadChildren: loadDashboardRoutes },
      {
        path: 'admin',
        canMatch: [adminGuard],
        loadChildren: () => import('./admin/admin.routes').then((m) => m.adminRoutes),
      },
      {
        path: 'chat',
        title: 'Chat | Ownerdash',
        loadComponent: () => import('./chat/chat-page').then((m) => m.ChatPage),
      },
      {
        path: 'chat/:conversationId',
        title: 'Chat | Ownerdash',
        loadComponent: () => import('./chat/chat-page').then((m) => m.ChatPage),
      },
      {
        path: 'settings/profile',
        title: 'Profile | Ownerdash',
        loadComponent: () => import('./settings/profile-page').then((m) => m.ProfilePage),
      },
    ],
  },
  {
    path: '**',
    title: 'Page not found | Ownerdash',
    loadComponent: () => import('./shell/not-found-page').then((m) => m.NotFoundPage),
  },
];
