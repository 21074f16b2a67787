import { expect, test } from '@playwright/test';
import { E2E_DEMO_PASSWORD } from '../playwright.config';
import { signIn } from './support';

const PHH_ADMIN = 'admin@phh.example';

test.describe('signing in', () => {
  test('the PHH admin signs in, sees the shell with their name and the eight tabs, and signs out', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sign-in/);

    await signIn(page, PHH_ADMIN, E2E_DEMO_PASSWORD);

    await expect(page.getByTestId('current-user-name')).toHaveText('PHH Administrator');
    const tabs = page.getByRole('navigation', { name: 'Dashboard tabs' }).getByRole('link');
    await expect(tabs).toHaveCount(8);
    await expect(tabs.first()).toHaveText(/Overview/);

    // A reload keeps the session: the refresh cookie brings a new access token.
    await page.reload();
    await expect(page.getByTestId('current-user-name')).toHaveText('PHH Administrator');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto('/dashboard/overview');
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('a wrong password gets a clear message and no session', async ({ page }) => {
    await page.goto('/sign-in');
    await signIn(page, PHH_ADMIN, 'not the right password');

    await expect(page.getByRole('alert')).toContainText('Email or password is incorrect');
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('the app loads nothing from other hosts and breaks no Content-Security-Policy rule', async ({ page }) => {
    const foreign: string[] = [];
    const violations: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(test.info().project.use.baseURL ?? '') && !request.url().startsWith('data:')) {
        foreign.push(request.url());
      }
    });
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) {
        violations.push(message.text());
      }
    });

    await page.goto('/sign-in');
    await signIn(page, PHH_ADMIN, E2E_DEMO_PASSWORD);
    await expect(page.getByTestId('current-user-name')).toBeVisible();

    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
  });

  test('the browser gets the app’s scripts compressed with Brotli, cached as immutable', async ({ page }) => {
    const scripts: { url: string; encoding?: string; bytes: number; cacheControl?: string }[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') {
        const headers = response.headers();
        scripts.push({
          url: response.url(),
          encoding: headers['content-encoding'],
          bytes: Number(headers['content-length']),
          cacheControl: headers['cache-control'],
        });
      }
    });

    await page.goto('/sign-in');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();

    expect(scripts.filter((script) => script.encoding === 'br').length).toBeGreaterThan(0);
    for (const script of scripts) {
      // Files under 1 KB have no compressed copy: it would save less than its headers cost.
      expect({ ...script, small: script.bytes < 1024 }).toMatchObject(
        script.encoding === 'br' ? { cacheControl: 'public, max-age=31536000, immutable' } : { small: true },
      );
    }
  });

  test('the API docs render', async ({ page }) => {
    await page.goto('/api/docs');
    await expect(page.getByText('Ownerdash API').first()).toBeVisible();
    await expect(page.getByText('/api/auth/login').first()).toBeVisible();
  });
});
