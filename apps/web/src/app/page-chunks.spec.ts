/** The lazily loaded modules, in the order they were loaded. */
const mockLoaded: string[] = [];

jest.mock('./shell/shell', () => {
  mockLoaded.push('shell');
  return { Shell: class {} };
});
jest.mock('./dashboard/dashboard.routes', () => {
  mockLoaded.push('dashboard routes');
  return { dashboardRoutes: [] };
});
jest.mock('./dashboard/tab-page', () => {
  mockLoaded.push('tab page');
  return { TabPage: class {} };
});
jest.mock('./dashboard/view-components', () => {
  const { TAB_IDS } = jest.requireActual('@ownerdash/contracts');
  const loaders = (TAB_IDS as string[]).map((tabId) => [
    tabId,
    async () => {
      mockLoaded.push(`${tabId} views`);
      return {};
    },
  ]);
  return { TAB_VIEW_COMPONENTS: Object.fromEntries(loaders) };
});

describe('prefetchDashboard', () => {
  beforeEach(() => {
    jest.resetModules();
    mockLoaded.length = 0;
  });

  async function prefetch(path: string): Promise<string[]> {
    const { prefetchDashboard } = await import('./page-chunks');
    await prefetchDashboard(path);
    return [...mockLoaded].sort();
  }

  it('loads the shell, the tab page and the views of the tab a dashboard address opens', async () => {
    expect(await prefetch('/dashboard/leasing')).toEqual(['dashboard routes', 'leasing views', 'shell', 'tab page']);
  });

  it.each(['/', '/dashboard', '/dashboard/', '/dashboard/no-such-tab'])(
    'loads the shell and the tab page at %s, but no tab’s views: the first visible tab decides which',
    async (path) => {
      expect(await prefetch(path)).toEqual(['dashboard routes', 'shell', 'tab page']);
    },
  );

  it.each(['/sign-in', '/admin/team', '/dashboard/risk/more'])('loads nothing for %s', async (path) => {
    expect(await prefetch(path)).toEqual([]);
  });
});
