import { expect, test } from '@playwright/test';
import { E2E_DEMO_PASSWORD } from '../playwright.config';
import { signIn } from './support';

const PHH_ADMIN = 'admin@phh.example';
const INVITEE = { name: 'Erin Example', email: 'erin.example@phh.example' };
const NEW_PASSWORD = 'erin chooses a long passphrase';

test.describe('team management', () => {
  test('an admin invites a user limited to Parkside without Financials, and the user sees exactly that', async ({
    page,
    browser,
  }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) {
        violations.push(message.text());
      }
    });
    await page.goto('/sign-in');
    await signIn(page, PHH_ADMIN, E2E_DEMO_PASSWORD);
    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Administration' })
      .click();
    await expect(page.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible();
    await expect(page.getByRole('row', { name: /PHH Administrator/ })).toBeVisible();

    // Invite with a temporary password, shown once.
    await page.getByRole('button', { name: 'Invite', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a team member' });
    // The dialog moves focus to its first field once it has opened; typing earlier races that move.
    await expect(dialog.getByRole('textbox', { name: 'Email' })).toBeFocused();
    await dialog.getByRole('textbox', { name: 'Email' }).fill(INVITEE.email);
    await dialog.getByRole('textbox', { name: 'Display name' }).fill(INVITEE.name);
    await dialog.getByLabel('Create a temporary password to hand over').check();
    await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
    const result = page.getByRole('dialog', { name: `${INVITEE.name} was invited` });
    await expect(result).toContainText('It will not be shown again.');
    const temporaryPassword = await result.getByLabel(/Temporary password for/).inputValue();
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);
    await result.getByRole('button', { name: 'Done' }).click();

    // Restrict the new member to Parkside and hide Financials.
    const row = page.getByRole('row', { name: new RegExp(INVITEE.name) });
    await expect(row).toContainText('Pending invite');
    await row.click();
    await expect(page.getByRole('heading', { name: INVITEE.name, level: 1 })).toBeVisible();
    await page.getByLabel('Only the properties chosen below').check();
    await page.getByLabel('Parkside').check();
    await page.getByLabel('Financials', { exact: true }).uncheck();
    await expect(page.getByLabel('Income statement')).toBeDisabled();
    await expect(page.getByText('Sees 7 of 8 tabs, 26 of 29 views')).toBeVisible();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();

    // The new member, in a browser of their own.
    const context = await browser.newContext();
    const member = await context.newPage();
    await member.goto('/sign-in');
    await signIn(member, INVITEE.email, temporaryPassword);
    await expect(member).toHaveURL(/\/change-password$/);
    // The temporary password was typed a moment ago: only the new one is asked for.
    await expect(member.getByText('replace the temporary one you have just signed in with')).toBeVisible();
    await expect(member.getByLabel('Current password')).toHaveCount(0);
    await member.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await member.getByLabel('Confirm new password').fill(NEW_PASSWORD);
    await member.getByRole('button', { name: 'Change password' }).click();

    const tabs = member.getByRole('navigation', { name: 'Dashboard tabs' }).getByRole('link');
    await expect(tabs).toHaveCount(7);
    await expect(tabs.filter({ hasText: 'Financials' })).toHaveCount(0);
    await member.goto('/dashboard/financials');
    await expect(member).toHaveURL(/\/dashboard\/overview$/);
    await expect(member.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();

    // Not an admin: no way into the administration.
    await expect(member.getByRole('link', { name: 'Administration' })).toHaveCount(0);
    await member.goto('/admin');
    await expect(member).toHaveURL(/\/dashboard\/overview$/);

    // The admin gives Financials back; the member's app shows it after its next request, without a reload.
    await page.getByLabel('Financials', { exact: true }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();
    await member.getByRole('button', { name: INVITEE.name }).click();
    await member.getByRole('menuitem', { name: 'Profile' }).click();
    await member.getByRole('button', { name: 'Save' }).click();
    await expect(member.getByRole('status').filter({ hasText: 'Your profile has been saved.' })).toBeVisible();
    await expect(tabs).toHaveCount(8);
    await context.close();

    // The admin's list shows the member active now, limited to one property.
    await page.getByRole('link', { name: 'Team' }).click();
    await expect(page.getByRole('row', { name: new RegExp(INVITEE.name) })).toContainText('1 property');
    await expect(page.getByRole('row', { name: new RegExp(INVITEE.name) })).toContainText('Active');
    expect(violations).toEqual([]);
  });

  test('the last administrator cannot deactivate their own account, and is told why', async ({ page }) => {
    await page.goto('/sign-in');
    await signIn(page, PHH_ADMIN, E2E_DEMO_PASSWORD);
    await expect(page.getByTestId('current-user-name')).toHaveText('PHH Administrator');
    await page.goto('/admin');
    await page.getByRole('row', { name: /PHH Administrator/ }).click();
    await expect(page.getByRole('heading', { name: 'PHH Administrator', level: 1 })).toBeVisible();

    await page.getByRole('button', { name: 'Deactivate' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Deactivate' }).click();

    await expect(page.getByRole('alert')).toContainText('is the last active administrator of PHH');
    await expect(page.getByText('Active', { exact: true })).toBeVisible();
  });
});
