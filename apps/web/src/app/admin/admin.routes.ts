import type { Routes } from '@angular/router';
import { unsavedChangesGuard } from '../shared/unsaved-changes.guard';
import { AdminLayout } from './admin-layout';

export const adminRoutes: Routes = [
  {
    path: '',
    component: AdminLayout,
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'Team | Ownerdash',
        loadComponent: () => import('./team-page').then((m) => m.TeamPage),
      },
      {
        path: 'users/:id',
        title: 'Team member | Ownerdash',
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () => import('./user-detail-page').then((m) => m.UserDetailPage),
      },
      {
        path: 'presets',
        title: 'Presets | Ownerdash',
        loadComponent: () => import('./presets-page').then((m) => m.PresetsPage),
      },
      {
        path: 'audit',
        title: 'Audit trail | Ownerdash',
        loadComponent: () => import('./audit-page').then((m) => m.AuditPage),
      },
    ],
  },
];
