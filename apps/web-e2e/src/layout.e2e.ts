import { type TabId, type ViewId, VIEWS } from '@ownerdash/contracts';
import { expect, type Page, test } from '@playwright/test';
import { E2E_DEMO_PASSWORD } from '../playwright.config';
import { signIn } from './support';

const PHH_ADMIN = 'admin@phh.example';
/** The tabs whose views share rows: narrower cards side by side between full-width ones. */
const TABS_WITH_SHARED_ROWS: readonly TabId[] = ['overview', 'renewals', 'reviews', 'risk'];
const WIDTHS = [1366, 1024, 768] as const;

function labelOf(id: ViewId): string {
  const view = VIEWS.find((candidate) => candidate.id === id);
  if (!view) {
    throw new Error(`No view ${id} in the registry`);
  }
  return view.label;
}

async function openTab(page: Page, tab: TabId): Promise<void> {
  await page.goto(`/dashboard/${tab}`);
  const main = page.getByRole('main');
  for (const view of VIEWS.filter((candidate) => candidate.tab === tab)) {
    const card = main.getByRole('region', { name: view.label, exact: true });
    await expect(card, `${view.id} is shown`).toBeVisible();
    await expect(card.getByRole('status').filter({ hasText: /^Loading/ }), `${view.id} loaded`).toHaveCount(0);
  }
}

/**
 * The rows of cards that do not reach both edges of the page's grid: each one as the tab's
 * name, the row's top and the cards' horizontal extent against the grid's.
 */
function unfilledRows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const grid = document.querySelector('od-tab-page .grid');
    if (!grid) {
      return ['no grid'];
    }
    const bounds = grid.getBoundingClientRect();
    const rows = new Map<number, { left: number; right: number }>();
    for (const cell of grid.querySelectorAll(':scope > .cell, :scope > .run > .cell')) {
      const box = cell.getBoundingClientRect();
      const top = Math.round(box.top);
      const row = rows.get(top) ?? { left: Infinity, right: -Infinity };
      rows.set(top, { left: Math.min(row.left, box.left), right: Math.max(row.right, box.right) });
    }
    return [...rows]
      .filter(([, row]) => Math.abs(row.left - bounds.left) > 1 || Math.abs(row.right - bounds.right) > 1)
      .map(([top, row]) => `row at ${top}: ${row.left}–${row.right} in ${bounds.left}–${bounds.right}`);
  });
}

test.describe('dashboard layout', () => {
  test('every row of cards fills the page at desktop, small-laptop and tablet widths', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/sign-in');
    await signIn(page, PHH_ADMIN, E2E_DEMO_PASSWORD);
    await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();

    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      for (const tab of TABS_WITH_SHARED_ROWS) {
        await openTab(page, tab);
        expect(await unfilledRows(page), `${tab} at ${width} px`).toEqual([]);
      }
    }
  });

  test('at tablet width a wide table shows that it scrolls and keeps its first column in sight', async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto('/sign-in');
    await signIn(page, PHH_ADMIN, E2E_DEMO_PASSWORD);
    await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
    await openTab(page, 'delinquency');

    const table = page.getByRole('region', { name: labelOf('delinquency.ar_table'), exact: true });
    const wrapper = table.locator('.table-wrapper');
    await expect(wrapper).toHaveClass(/od-more-end/);
    await expect(wrapper).not.toHaveClass(/od-more-start/);
    expect(await wrapper.evaluate((element) => getComputedStyle(element).maskImage)).toContain('linear-gradient');

    await wrapper.evaluate((element) => element.scrollTo({ left: element.scrollWidth, behavior: 'instant' }));

    await expect(wrapper).toHaveClass(/od-more-start/);
    await expect(wrapper).not.toHaveClass(/od-more-end/);
    const wrapperBox = await wrapper.boundingBox();
    const firstCell = await wrapper.locator('tbody tr').first().locator('td').first().boundingBox();
    expect(Math.round(firstCell?.x ?? -1)).toBe(Math.round(wrapperBox?.x ?? -2));
  });
});
