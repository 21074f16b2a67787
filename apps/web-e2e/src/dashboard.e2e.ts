import { type RegisteredView, type TabId, TABS, type ViewId, VIEWS } from '@ownerdash/contracts';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { E2E_DEMO_PASSWORD } from '../playwright.config';
import { expectNoSeriousViolations, signIn } from './support';

const PHH_ADMIN = 'admin@phh.example';
const MEMBER = { email: 'parkside.only@phh.example', password: 'parkside member passphrase' };
const HIDDEN_TABS: readonly TabId[] = ['financials', 'risk'];
const HIDDEN_VIEW = viewNamed('overview.unit_mix');

function viewNamed(id: ViewId): RegisteredView {
  const view = VIEWS.find((candidate) => candidate.id === id);
  if (!view) {
    throw new Error(`No view ${id} in the registry`);
  }
  return view;
}

async function accessToken(request: APIRequestContext, email: string, password: string): Promise<string> {
  const response = await request.post('/api/auth/login', { data: { email, password } });
  expect(response.status(), `sign-in of ${email}`).toBe(200);
  return (await response.json()).accessToken as string;
}

/** Every view card of the open tab has loaded: no skeleton, no failure. */
async function expectViewsLoaded(page: Page, tab: TabId, hidden: readonly string[] = []): Promise<void> {
  const main = page.getByRole('main');
  for (const view of VIEWS.filter((candidate) => candidate.tab === tab && !hidden.includes(candidate.id))) {
    const card = main.getByRole('region', { name: view.label, exact: true });
    await expect(card, `${view.id} is shown`).toBeVisible();
    await expect(card.getByRole('status').filter({ hasText: /^Loading/ }), `${view.id} loaded`).toHaveCount(0);
    await expect(card.getByText('could not be loaded'), `${view.id} has no failure`).toHaveCount(0);
  }
}

/** Each chart on the page has drawn onto a canvas of real size and says what it shows. */
async function expectChartsRendered(page: Page): Promise<number> {
  const charts = page.locator('od-chart [role="img"]');
  const count = await charts.count();
  for (let index = 0; index < count; index += 1) {
    const chart = charts.nth(index);
    await expect(chart).toHaveAttribute('aria-label', /\w/);
    const canvas = chart.locator('canvas').first();
    await expect(canvas).toBeVisible();
    const size = await canvas.boundingBox();
    expect(size?.width ?? 0).toBeGreaterThan(100);
    expect(size?.height ?? 0).toBeGreaterThan(100);
  }
  return count;
}

async function openTab(page: Page, tab: TabId, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Dashboard tabs' }).getByRole('link', { name: label }).click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/${tab}`));
  await expect(page.getByRole('heading', { name: label, level: 1 })).toBeVisible();
}

test.describe('dashboard', () => {
  test('an admin sees all eight tabs with every view loaded and the charts drawn, in light and dark', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/sign-in');
    await signIn(page, PHH_ADMIN, E2E_DEMO_PASSWORD);
    await expect(page.getByRole('navigation', { name: 'Dashboard tabs' }).getByRole('link')).toHaveCount(TABS.length);

    let charts = 0;
    for (const tab of TABS) {
      await openTab(page, tab.id, tab.label);
      await expectViewsLoaded(page, tab.id);
      charts += await expectChartsRendered(page);
      await expectNoSeriousViolations(page, `${tab.label} (light)`);
    }
    expect(charts).toBeGreaterThanOrEqual(8);

    await page.emulateMedia({ colorScheme: 'dark' });
    for (const tab of TABS) {
      await openTab(page, tab.id, tab.label);
      await expectViewsLoaded(page, tab.id);
      await expectNoSeriousViolations(page, `${tab.label} (dark)`);
    }
  });

  test('a user limited to Parkside without two tabs and one view sees only those, at tablet width', async ({
    request,
    browser,
  }) => {
    test.setTimeout(90_000);
    // The admin sets up the member over the API: the team page has its own browser test.
    const admin = { authorization: `Bearer ${await accessToken(request, PHH_ADMIN, E2E_DEMO_PASSWORD)}` };
    const properties = (await (await request.get('/api/properties', { headers: admin })).json()).items as {
      id: string;
      name: string;
    }[];
    const parkside = properties.find((property) => property.name === 'Parkside');
    expect(parkside, 'the PHH demo has Parkside').toBeDefined();
    const invited = await request.post('/api/admin/users', {
      headers: admin,
      data: {
        email: MEMBER.email,
        displayName: 'Parkside Member',
        role: 'user',
        delivery: 'temporary-password',
        propertyIds: [parkside?.id],
        tabs: Object.fromEntries(HIDDEN_TABS.map((tab) => [tab, false])),
        views: { [HIDDEN_VIEW.id]: false },
      },
    });
    expect(invited.status()).toBe(201);
    const temporaryPassword = (await invited.json()).credentials.temporaryPassword as string;

    const context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
    const member = await context.newPage();
    await member.goto('/sign-in');
    await signIn(member, MEMBER.email, temporaryPassword);
    await member.getByLabel('New password', { exact: true }).fill(MEMBER.password);
    await member.getByLabel('Confirm new password').fill(MEMBER.password);
    await member.getByRole('button', { name: 'Change password' }).click();

    // At tablet width the tabs sit in a drawer behind the navigation button.
    const visibleTabs = TABS.filter((tab) => !HIDDEN_TABS.includes(tab.id));
    await member.getByRole('button', { name: 'Dashboard navigation' }).click();
    const tabLinks = member.getByRole('navigation', { name: 'Dashboard tabs' }).getByRole('link');
    await expect(tabLinks).toHaveText(visibleTabs.map((tab) => tab.label));
    await expect(tabLinks.first(), 'focus moves into the drawer').toBeFocused();
    await member.keyboard.press('Escape');
    await expect(tabLinks.first()).toBeHidden();

    // Only Parkside in the picker, chosen with the keyboard.
    await expect(member.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
    const picker = member.getByRole('combobox', { name: 'Properties' });
    await picker.focus();
    await member.keyboard.press('Enter');
    await expect(member.getByRole('option')).toHaveText(['All properties', 'Parkside']);
    await member.keyboard.press('Escape');

    await expect(member.getByRole('region', { name: HIDDEN_VIEW.label, exact: true })).toHaveCount(0);
    await expectViewsLoaded(member, 'overview', [HIDDEN_VIEW.id]);
    await expectChartsRendered(member);
    await expectNoSeriousViolations(member, 'Overview at 768 px');
    // Nothing wider than the tablet: tables scroll inside their cards.
    const pageWidth = await member.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(768);

    // A hidden tab's page leads back to the first visible tab; its data stays on the server.
    await member.goto('/dashboard/financials');
    await expect(member).toHaveURL(/\/dashboard\/overview$/);
    const memberToken = await accessToken(request, MEMBER.email, MEMBER.password);
    const hidden = await request.get('/api/portfolio/financials/pnl', {
      headers: { authorization: `Bearer ${memberToken}` },
    });
    expect(hidden.status()).toBe(403);
    await context.close();
  });
});
