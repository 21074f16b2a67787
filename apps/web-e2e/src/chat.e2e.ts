import {
  type APIRequestContext,
  type Browser,
  expect,
  type Page,
  request,
  test,
  type WebSocketRoute,
} from '@playwright/test';
import { E2E_DEMO_PASSWORD } from '../playwright.config';
import { expectNoSeriousViolations, signIn } from './support';

const ADMIN = { email: 'admin@phh.example', name: 'PHH Administrator' };
const COLLEAGUE = {
  email: 'chat.colleague@phh.example',
  name: 'Casey Colleague',
  password: 'casey chat password 2026',
};

/** Invites the colleague with a temporary password and replaces it, as they would on first sign-in. */
async function createColleague(api: APIRequestContext): Promise<void> {
  const admin = await api.post('/api/auth/login', { data: { email: ADMIN.email, password: E2E_DEMO_PASSWORD } });
  const { accessToken } = (await admin.json()) as { accessToken: string };
  const invite = await api.post('/api/admin/users', {
    headers: { Authorization: `Bearer ${accessToken}` },
    data: { email: COLLEAGUE.email, displayName: COLLEAGUE.name, role: 'user', delivery: 'temporary-password' },
  });
  expect(invite.status()).toBe(201);
  const { credentials } = (await invite.json()) as { credentials: { temporaryPassword: string } };
  const login = await api.post('/api/auth/login', {
    data: { email: COLLEAGUE.email, password: credentials.temporaryPassword },
  });
  const session = (await login.json()) as { accessToken: string };
  const change = await api.post('/api/auth/change-password', {
    headers: { Authorization: `Bearer ${session.accessToken}` },
    data: { currentPassword: credentials.temporaryPassword, newPassword: COLLEAGUE.password },
  });
  expect(change.ok()).toBe(true);
}

async function signedIn(
  browser: Browser,
  email: string,
  password: string,
  beforeSignIn: (page: Page) => Promise<void> = async () => undefined,
): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await beforeSignIn(page);
  await page.goto('/sign-in');
  await signIn(page, email, password);
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  return page;
}

/**
 * The chat socket of a page, routed through the test from before the page opens: the test can cut
 * it as a network failure would and refuse new connections until it is "back online".
 */
function chatNetwork(): { route(page: Page): Promise<void>; offline(): void; online(): void } {
  let cut = false;
  const open = new Set<WebSocketRoute>();
  return {
    route: (page) =>
      page.routeWebSocket(/\/api\/chat\/ws/, (socket) => {
        if (cut) {
          void socket.close({ code: 1006, reason: 'offline' });
          return;
        }
        socket.connectToServer();
        open.add(socket);
      }),
    offline: () => {
      cut = true;
      open.forEach((socket) => void socket.close({ code: 1006, reason: 'offline' }));
      open.clear();
    },
    online: () => {
      cut = false;
    },
  };
}

const chatDrawer = (page: Page) => page.locator('#chat-drawer');
const messages = (page: Page) => page.getByRole('region', { name: 'Messages' });

test.describe('chat', () => {
  test('two people chat live, and a message written offline arrives once after reconnecting', async ({
    browser,
    baseURL,
  }) => {
    const api = await request.newContext({ baseURL });
    await createColleague(api);
    await api.dispose();

    const network = chatNetwork();
    const admin = await signedIn(browser, ADMIN.email, E2E_DEMO_PASSWORD, (page) => network.route(page));
    const colleague = await signedIn(browser, COLLEAGUE.email, COLLEAGUE.password);

    // The admin starts a conversation with the colleague from the drawer.
    await admin.getByTestId('chat-button').click();
    const adminDrawer = chatDrawer(admin);
    await adminDrawer.getByRole('button', { name: 'New conversation' }).click();
    const dialog = admin.getByRole('dialog', { name: 'New conversation' });
    await dialog.getByRole('textbox', { name: 'Search people' }).fill('Casey');
    await dialog.getByRole('option', { name: COLLEAGUE.name }).click();
    await dialog.getByRole('button', { name: 'Start' }).click();
    await expect(adminDrawer.getByRole('heading', { name: COLLEAGUE.name })).toBeVisible();

    await adminDrawer.getByRole('combobox', { name: 'Message' }).fill('Rent roll for **Parkside** is in');
    await adminDrawer.getByRole('combobox', { name: 'Message' }).press('Enter');
    await expect(messages(admin).locator('strong', { hasText: 'Parkside' })).toBeVisible();
    await expectNoSeriousViolations(admin, 'the chat drawer with a thread');

    // The colleague's badge counts it; opening the thread shows it and clears the badge.
    await expect(colleague.getByRole('button', { name: 'Chat, 1 unread message' })).toBeVisible();
    // Being added to the conversation and the message are notifications too.
    await expect(colleague.getByRole('button', { name: 'Notifications, 2 unread' })).toBeVisible();
    await colleague.getByTestId('chat-button').click();
    const colleagueDrawer = chatDrawer(colleague);
    await colleagueDrawer.getByRole('button', { name: new RegExp(ADMIN.name) }).click();
    await expect(messages(colleague).locator('strong', { hasText: 'Parkside' })).toBeVisible();
    await expect(colleague.getByRole('button', { name: 'Chat', exact: true })).toBeVisible();

    // A reply arrives live, and the admin sees that it was read.
    await colleagueDrawer.getByRole('combobox', { name: 'Message' }).fill('Thanks, looking now');
    await colleagueDrawer.getByRole('combobox', { name: 'Message' }).press('Enter');
    await expect(messages(admin).getByText('Thanks, looking now')).toBeVisible();

    // Offline: the admin's message waits as "sending", then goes out once when the connection is back.
    network.offline();
    await expect(adminDrawer.getByTestId('chat-offline')).toBeVisible();
    await adminDrawer.getByRole('combobox', { name: 'Message' }).fill('Written while offline');
    await adminDrawer.getByRole('combobox', { name: 'Message' }).press('Enter');
    await expect(adminDrawer.getByTestId('message-sending')).toBeVisible();
    network.online();
    await expect(adminDrawer.getByTestId('chat-offline')).toBeHidden({ timeout: 20_000 });
    await expect(adminDrawer.getByTestId('message-sending')).toBeHidden();
    await expect(messages(colleague).getByText('Written while offline')).toHaveCount(1);
    await expect(messages(admin).getByText('Written while offline')).toHaveCount(1);

    // Still once after the colleague loads the conversation afresh.
    await colleague.reload();
    await colleague.getByTestId('chat-button').click();
    await colleagueDrawer.getByRole('button', { name: new RegExp(ADMIN.name) }).click();
    await expect(messages(colleague).getByText('Thanks, looking now')).toBeVisible();
    await expect(messages(colleague).getByText('Written while offline')).toHaveCount(1);

    // The chat page finds the first message by a word in another form, and opens the thread at it.
    await colleague.goto('/chat');
    await colleague.getByRole('searchbox', { name: 'Search messages' }).fill('rents roll');
    const results = colleague.getByRole('region', { name: 'Search results' });
    await expect(results.locator('mark', { hasText: 'Rent' })).toBeVisible();
    await results
      .getByRole('button', { name: new RegExp(ADMIN.name) })
      .first()
      .click();
    await expect(colleague).toHaveURL(/\/chat\/[0-9a-f-]+\?seq=1$/);
    await expect(
      messages(colleague).locator('od-message-bubble.focused strong', { hasText: 'Parkside' }),
    ).toBeVisible();
  });
});
