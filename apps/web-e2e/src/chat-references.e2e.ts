import { type APIRequestContext, type Browser, expect, type Page, request, test } from '@playwright/test';
import { E2E_DEMO_PASSWORD } from '../playwright.config';
import { signIn } from './support';

const ADMIN = { email: 'admin@phh.example', name: 'PHH Administrator' };
const READER = { email: 'robin.reader@phh.example', name: 'Robin Reader', password: 'robin reads figures 2026' };
const LIMITED = { email: 'terry.limited@phh.example', name: 'Terry Limited', password: 'terry sees one property' };

async function bearer(api: APIRequestContext, email: string, password: string): Promise<Record<string, string>> {
  const login = await api.post('/api/auth/login', { data: { email, password } });
  expect(login.status()).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  return { Authorization: `Bearer ${accessToken}` };
}

/** Invites a colleague with a temporary password, which they replace as on first sign-in; their id. */
async function colleague(
  api: APIRequestContext,
  admin: Record<string, string>,
  person: typeof READER,
  propertyIds: string[] = [],
): Promise<string> {
  const invite = await api.post('/api/admin/users', {
    headers: admin,
    data: { email: person.email, displayName: person.name, role: 'user', delivery: 'temporary-password' },
  });
  expect(invite.status()).toBe(201);
  const { user, credentials } = (await invite.json()) as {
    user: { id: string };
    credentials: { temporaryPassword: string };
  };
  if (propertyIds.length > 0) {
    const access = await api.put(`/api/admin/users/${user.id}/access`, { headers: admin, data: { propertyIds } });
    expect(access.ok()).toBe(true);
  }
  const change = await api.post('/api/auth/change-password', {
    headers: await bearer(api, person.email, credentials.temporaryPassword),
    data: { currentPassword: credentials.temporaryPassword, newPassword: person.password },
  });
  expect(change.ok()).toBe(true);
  return user.id;
}

async function signedIn(browser: Browser, email: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/sign-in');
  await signIn(page, email, password);
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  return page;
}

async function openConversation(page: Page, title: string): Promise<void> {
  await page.getByTestId('chat-button').click();
  await page
    .locator('#chat-drawer')
    .getByRole('button', { name: new RegExp(title) })
    .click();
}

test('a KPI shared to chat shows its figure to a colleague who may see it, and only that it exists to one who may not', async ({
  browser,
  baseURL,
}) => {
  const api = await request.newContext({ baseURL });
  const admin = await bearer(api, ADMIN.email, E2E_DEMO_PASSWORD);
  const properties = (await (await api.get('/api/portfolio/properties', { headers: admin })).json()) as {
    items: { id: string }[];
  };
  const readerId = await colleague(api, admin, READER);
  const limitedId = await colleague(api, admin, LIMITED, [properties.items[0]?.id ?? '']);
  const group = await api.post('/api/chat/conversations', {
    headers: admin,
    data: { type: 'group', name: 'Occupancy review', memberIds: [readerId, limitedId] },
  });
  expect(group.status()).toBe(201);
  await api.dispose();

  // The admin shares the portfolio's occupancy from the overview's KPI tiles.
  const sender = await signedIn(browser, ADMIN.email, E2E_DEMO_PASSWORD);
  const tiles = sender.getByRole('region', { name: 'Occupancy at a glance' });
  const occupancy = await tiles.locator('.tile', { hasText: 'Occupancy' }).first().locator('.value').innerText();
  await tiles.getByRole('button', { name: 'Share to chat' }).click();
  await sender.getByRole('menuitem', { name: 'Occupancy', exact: true }).click();
  const dialog = sender.getByRole('dialog', { name: 'Share to chat' });
  // By keyboard, as the field's floating label lies over the empty select for a pointer.
  await dialog.getByRole('combobox', { name: 'Conversation' }).press('Enter');
  await sender.getByRole('option', { name: 'Occupancy review' }).click();
  await dialog.getByRole('textbox', { name: 'Comment' }).fill('Occupancy this week');
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog).toBeHidden();
  const sent = sender.locator('#chat-drawer od-reference-card');
  await expect(sent.locator('.value')).toHaveText(occupancy);

  // A colleague who sees the whole portfolio gets the figure as it was, and opens it on the dashboard.
  const reader = await signedIn(browser, READER.email, READER.password);
  await reader.goto('/dashboard/leasing');
  await openConversation(reader, 'Occupancy review');
  const card = reader.locator('#chat-drawer od-reference-card');
  await expect(card.locator('.label')).toContainText('Occupancy');
  await expect(card.locator('.value')).toHaveText(occupancy);
  await card.getByRole('link').click();
  await expect(reader).toHaveURL(/\/dashboard\/overview$/);

  // A colleague limited to one property learns only that there is an item they may not see.
  const limited = await signedIn(browser, LIMITED.email, LIMITED.password);
  await openConversation(limited, 'Occupancy review');
  const restricted = limited.locator('#chat-drawer od-reference-card');
  await expect(restricted).toHaveText("You don't have access to this item");
  await expect(restricted.getByRole('link')).toHaveCount(0);
  await expect(limited.locator('#chat-drawer')).not.toContainText(occupancy);
});

const BEA = { email: 'bea.direct@phh.example', name: 'Bea Direct', password: 'bea reads direct 2026' };
const VIC = { email: 'vic.viewless@phh.example', name: 'Vic Viewless', password: 'vic sees no tiles 2026' };

/** `YYYY-MM-DD` `days` after the day given (negative: before), counted in UTC days. */
function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

test('a KPI shared into a direct conversation shows its value then and now, and opens the same tab, property and period', async ({
  browser,
  baseURL,
}) => {
  const api = await request.newContext({ baseURL });
  const admin = await bearer(api, ADMIN.email, E2E_DEMO_PASSWORD);
  const properties = (await (await api.get('/api/portfolio/properties', { headers: admin })).json()) as {
    items: { id: string; name: string }[];
  };
  const property = properties.items[0];
  expect(property).toBeDefined();
  const tiles = (await (
    await api.get('/api/portfolio/overview/kpi-tiles', { headers: admin, params: { propertyIds: property?.id ?? '' } })
  ).json()) as { asOf: string };
  // A period the data covers whatever day the suite runs, ending before the date picker's last day.
  const period = { from: shiftDay(tiles.asOf, -30), to: shiftDay(tiles.asOf, -1) };
  const beaId = await colleague(api, admin, BEA);
  const vicId = await colleague(api, admin, VIC);
  const hidden = await api.put(`/api/admin/users/${vicId}/permissions`, {
    headers: admin,
    data: { views: { 'overview.kpi_tiles': false } },
  });
  expect(hidden.ok()).toBe(true);
  const direct = await api.post('/api/chat/conversations', {
    headers: admin,
    data: { type: 'direct', memberIds: [beaId] },
  });
  const group = await api.post('/api/chat/conversations', {
    headers: admin,
    data: { type: 'group', name: 'Tiles without tiles', memberIds: [vicId] },
  });
  expect([direct.status(), group.status()]).toEqual([201, 201]);
  await api.dispose();

  // The admin looks at one property over the period and shares its occupancy tile, once to Bea, once to Vic's group.
  const sender = await signedIn(browser, ADMIN.email, E2E_DEMO_PASSWORD);
  const address = `/dashboard/overview?properties=${property?.id}&from=${period.from}&to=${period.to}`;
  await sender.goto(address);
  const card = sender.getByRole('region', { name: 'Occupancy at a glance' });
  const occupancy = await card.locator('.tile', { hasText: 'Occupancy' }).first().locator('.value').innerText();
  for (const conversation of [BEA.name, 'Tiles without tiles']) {
    await card.getByRole('button', { name: 'Share to chat' }).click();
    await sender.getByRole('menuitem', { name: 'Occupancy', exact: true }).click();
    const dialog = sender.getByRole('dialog', { name: 'Share to chat' });
    await dialog.getByRole('combobox', { name: 'Conversation' }).press('Enter');
    await sender.getByRole('option', { name: conversation }).click();
    await dialog.getByRole('button', { name: 'Send' }).click();
    await expect(dialog).toBeHidden();
    // Sending opens the conversation in the drawer, over the dashboard: close it to share again.
    await expect(sender.locator('#chat-drawer od-reference-card').last()).toBeVisible();
    await sender.getByRole('button', { name: 'Close chat' }).click();
    await expect(sender.locator('#chat-drawer')).toBeHidden();
  }

  // Bea sees the figure then and now, and the card opens the tab with the property and period shared.
  const bea = await signedIn(browser, BEA.email, BEA.password);
  await bea.goto('/dashboard/leasing');
  await openConversation(bea, ADMIN.name);
  const shared = bea.locator('#chat-drawer od-reference-card').last();
  await expect(shared.locator('.label')).toHaveText(`${property?.name} · Occupancy`);
  await expect(shared.locator('.value')).toHaveText(occupancy);
  await expect(shared.locator('.now')).toHaveText(`Occupancy now: ${occupancy} → ${occupancy}, no change since shared`);
  await shared.getByRole('link').click();
  await expect(bea).toHaveURL(new URL(address, baseURL).toString());
  await bea.getByRole('button', { name: 'Close chat' }).click();
  // Followed in the app, without a reload: the date fields take both new ends at once and the views settle.
  await expect(bea).toHaveURL(new URL(address, baseURL).toString());
  await expect(bea.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await expect(bea.getByLabel('From')).toHaveValue(period.from);
  await expect(bea.getByLabel('To', { exact: true })).toHaveValue(period.to);
  await expect(
    bea.getByRole('region', { name: 'Occupancy at a glance' }).locator('.tile', { hasText: 'Occupancy' }).first(),
  ).toContainText(occupancy, { timeout: 30_000 });

  // Vic, whose permissions hide the KPI tiles, learns only that there is an item they may not see.
  const vic = await signedIn(browser, VIC.email, VIC.password);
  await openConversation(vic, 'Tiles without tiles');
  const restricted = vic.locator('#chat-drawer od-reference-card');
  await expect(restricted).toHaveText("You don't have access to this item");
  await expect(restricted.getByRole('link')).toHaveCount(0);
});
