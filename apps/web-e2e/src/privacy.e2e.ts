import { expect, test } from '@playwright/test';
import { E2E_DEMO_PASSWORD } from '../playwright.config';
import { signIn } from './support';

const MEMBER = { email: 'privacy-e2e@phh.example', name: 'Priya Erasable' };

test.describe('privacy', () => {
  test('an admin downloads a member’s data, then erases it, keyboard only for the erasure', async ({ page }) => {
    await page.goto('/sign-in');
    await signIn(page, 'admin@phh.example', E2E_DEMO_PASSWORD);
    // Signed in once the dashboard is there: leaving the page sooner would cancel the sign-in.
    await expect(page).toHaveURL(/\/dashboard/);
    await page.goto('/admin');
    await page.getByRole('button', { name: 'Invite', exact: true }).click();
    const invite = page.getByRole('dialog', { name: 'Invite a team member' });
    await expect(invite.getByRole('textbox', { name: 'Email' })).toBeFocused();
    await invite.getByRole('textbox', { name: 'Email' }).fill(MEMBER.email);
    await invite.getByRole('textbox', { name: 'Display name' }).fill(MEMBER.name);
    await invite.getByLabel('Create a temporary password to hand over').check();
    await invite.getByRole('button', { name: 'Invite', exact: true }).click();
    await page
      .getByRole('dialog', { name: `${MEMBER.name} was invited` })
      .getByRole('button', { name: 'Done' })
      .click();
    await page.getByRole('row', { name: new RegExp(MEMBER.name) }).click();
    await expect(page.getByRole('heading', { name: MEMBER.name, level: 1 })).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export data' }).click();
    expect((await download).suggestedFilename()).toMatch(
      /^ownerdash-personal-data-[0-9a-f-]{36}-\d{4}-\d{2}-\d{2}\.zip$/,
    );

    await page.getByRole('button', { name: 'Erase personal data…' }).focus();
    await page.keyboard.press('Enter');
    const erase = page.getByRole('dialog', { name: `Erase the personal data of ${MEMBER.name}?` });
    await expect(erase.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await erase.getByLabel('Delete them (they show as deleted messages)').focus();
    await page.keyboard.press('Space');
    await erase.getByLabel(/I understand/).focus();
    await page.keyboard.press('Space');
    await erase.getByRole('button', { name: 'Erase personal data' }).focus();
    await page.keyboard.press('Enter');

    await expect(erase).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Former user', level: 1 })).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: `The personal data of ${MEMBER.name} was erased.` }),
    ).toBeVisible();
    await expect(page.getByText('This person’s personal data was erased')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Erase personal data…' })).toHaveCount(0);
  });
});
