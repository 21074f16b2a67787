import { VIEWS } from '@ownerdash/contracts';
import { expect, type Page, test } from '@playwright/test';
import { E2E_DEMO_PASSWORD } from '../playwright.config';
import { signIn } from './support';

const KAIROI_ADMIN = 'admin@kairoi.example';
const OCCUPANCY_TREND = VIEWS.find((view) => view.id === 'overview.occ_trend')?.label ?? 'overview.occ_trend';

/** ECharts' instance attribute: only the chart library's code holds it. */
const CHART_LIBRARY = /_echarts_instance_/;

/** The definition of the component with this selector, however the build quotes its strings. */
const component = (selector: string) => new RegExp(`selectors:\\[\\[["'\`]${selector}["'\`]`);
const SHELL = component('od-shell');
const TAB_PAGE = component('od-tab-page');
const OVERVIEW_VIEW = component('od-kpi-tiles-view');
const OTHER_TABS_VIEWS = ['od-funnel-view', 'od-ar-table-view', 'od-pnl-view', 'od-risk-gauge-view'].map(component);

/** The text of every script the page receives from now on. */
function recordScripts(page: Page): () => Promise<string[]> {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') {
      bodies.push(response.text());
    }
  });
  return () => Promise.all(bodies);
}

const holding = (scripts: readonly string[], marker: RegExp) => scripts.filter((script) => marker.test(script));

/** A request held back until the test lets it go. */
function gate(): { readonly passed: Promise<void>; open(): void } {
  let open: () => void = () => undefined;
  const passed = new Promise<void>((resolve) => (open = resolve));
  return { passed, open: () => open() };
}

test.describe('loading', () => {
  test('the sign-in page loads neither the chart library nor the signed-in pages', async ({ page }) => {
    const scripts = recordScripts(page);

    await page.goto('/sign-in');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();

    const received = await scripts();
    expect(received.length).toBeGreaterThan(0);
    for (const marker of [CHART_LIBRARY, SHELL, TAB_PAGE, OVERVIEW_VIEW]) {
      expect(holding(received, marker), String(marker)).toEqual([]);
    }
  });

  test('signed in, the overview loads its own views and the chart library, and no other tab’s views', async ({
    page,
  }) => {
    const scripts = recordScripts(page);

    await page.goto('/sign-in');
    await signIn(page, KAIROI_ADMIN, E2E_DEMO_PASSWORD);
    await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
    await expect(page.locator('od-chart canvas').first()).toBeVisible();

    const received = await scripts();
    expect(holding(received, OVERVIEW_VIEW)).toHaveLength(1);
    expect(holding(received, CHART_LIBRARY)).toHaveLength(1);
    for (const marker of OTHER_TABS_VIEWS) {
      expect(holding(received, marker), String(marker)).toEqual([]);
    }
  });

  test('a chart card keeps its height from its placeholder to the figures and on to the drawn chart', async ({
    page,
  }) => {
    // One column, so the card's height is its own rather than its row's.
    await page.setViewportSize({ width: 700, height: 1000 });
    const data = gate();
    const chartLibrary = gate();
    await page.route('**/api/portfolio/overview/occ-trend?*', async (route) => {
      await data.passed;
      await route.continue();
    });
    await page.route('**/*.js', async (route) => {
      const response = await route.fetch();
      if (CHART_LIBRARY.test(await response.text())) {
        await chartLibrary.passed;
      }
      await route.fulfill({ response });
    });
    await page.goto('/sign-in');
    await signIn(page, KAIROI_ADMIN, E2E_DEMO_PASSWORD);
    const card = page.getByRole('main').getByRole('region', { name: OCCUPANCY_TREND, exact: true });
    const height = async () => (await card.boundingBox())?.height;

    await expect(card.getByRole('status').filter({ hasText: 'Loading' })).toBeVisible();
    const loading = await height();
    expect(loading).toBeGreaterThan(300);

    data.open();
    await expect(card.getByRole('img')).toBeVisible();
    await expect(card.locator('canvas')).toHaveCount(0);
    expect(await height()).toBe(loading);

    chartLibrary.open();
    await expect(card.locator('canvas').first()).toBeVisible();
    expect(await height()).toBe(loading);
  });
});
