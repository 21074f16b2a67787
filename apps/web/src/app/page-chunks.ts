import { isTabId } from '@ownerdash/contracts';
import { TAB_VIEW_COMPONENTS } from './dashboard/view-components';

/** The lazily loaded parts of a signed-in page, shared by the routes and `prefetchDashboard`. */
export const loadShell = () => import('./shell/shell').then((m) => m.Shell);
export const loadDashboardRoutes = () => import('./dashboard/dashboard.routes').then((m) => m.dashboardRoutes);
export const loadTabPage = () => import('./dashboard/tab-page').then((m) => m.TabPage);

const DASHBOARD_PATH = /^\/(?:dashboard(?:\/([^/]+))?\/?)?$/;

/**
 * Starts loading the chunks of the dashboard page at `path` (the shell, the tab page and the tab's
 * views) while the app restores the session. The router asks for them only once the refresh (which
 * brings the profile) has come back, and for a chunk's own imports only once that chunk has arrived; the
 * browser keeps every module it loaded, so the router then finds them there. A visitor who turns
 * out not to be signed in is sent to sign in, having loaded them for nothing: the dashboard's
 * addresses are where returning users land, so that is the rare case. Failures are left to the
 * router, which loads the same modules and reports what goes wrong; the promise settles when all
 * have.
 */
export async function prefetchDashboard(path: string): Promise<void> {
  const match = DASHBOARD_PATH.exec(path);
  if (!match) {
    return;
  }
  const tabId = match[1];
  const loads: Promise<unknown>[] = [loadShell(), loadDashboardRoutes(), loadTabPage()];
  if (tabId && isTabId(tabId)) {
    loads.push(TAB_VIEW_COMPONENTS[tabId]());
  }
  await Promise.allSettled(loads);
}
