import type { Routes } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';
import { loadTabPage } from '../page-chunks';
import { firstTabGuard, tabGuard, tabTitle } from './dashboard.guards';

export const dashboardRoutes: Routes = [
  {
    path: '',
    // Here rather than in app.config, so ngx-echarts stays out of the initial bundle; ECharts
    // itself loads in its own chunk with the first chart shown.
    providers: [provideEchartsCore({ echarts: () => import('./echarts-setup').then((m) => m.echarts) })],
    children: [
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
        loadComponent: loadTabPage,
      },
    ],
  },
];
