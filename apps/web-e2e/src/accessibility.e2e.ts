import { expect, test } from '@playwright/test';
import { E2E_DEMO_PASSWORD } from '../playwright.config';
import { expectNoSeriousViolations, signIn } from './support';

test.describe('accessibility outside the dashboard', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`sign-in, the team, a member, the presets, the audit trail, the invite and erase dialogs, ${colorScheme}`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/sign-in');
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
      await expectNoSeriousViolations(page, `the sign-in page (${colorScheme})`);

      await signIn(page, 'admin@phh.example', E2E_DEMO_PASSWORD);
      await expect(page).toHaveURL(/\/dashboard/);
      await page.goto('/admin');
      await expect(page.getByRole('row', { name: /PHH Administrator/ })).toBeVisible();
      await expectNoSeriousViolations(page, `the team page (${colorScheme})`);

      await page.getByRole('button', { name: 'Invite', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Invite a team member' });
      await expect(dialog.getByRole('textbox', { name: 'Email' })).toBeFocused();
      await expectNoSeriousViolations(page, `the invite dialog (${colorScheme})`);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();

      await page.getByRole('row', { name: /PHH Administrator/ }).click();
      await expect(page.getByRole('heading', { name: 'PHH Administrator', level: 1 })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Permissions' })).toBeVisible();
      await expectNoSeriousViolations(page, `a member's page (${colorScheme})`);
      await page.getByRole('button', { name: 'Erase personal data…' }).click();
      const erase = page.getByRole('dialog', { name: 'Erase the personal data of PHH Administrator?' });
      await expect(erase.getByRole('button', { name: 'Cancel' })).toBeFocused();
      await expectNoSeriousViolations(page, `the erase dialog (${colorScheme})`);
      await page.keyboard.press('Escape');
      await expect(erase).toBeHidden();

      await page.goto('/admin/presets');
      await expect(page.getByRole('heading', { name: 'Presets', level: 1 })).toBeVisible();
      await expectNoSeriousViolations(page, `the presets page (${colorScheme})`);

      await page.goto('/admin/audit');
      await expect(page.getByRole('heading', { name: 'Audit trail', level: 1 })).toBeVisible();
      await expect(page.getByText(/Verified up to entry|No entry is linked/)).toBeVisible();
      const firstEntry = page.getByRole('list', { name: 'Audit entries' }).getByRole('button').first();
      await expect(firstEntry).toBeVisible();
      await expectNoSeriousViolations(page, `the audit page (${colorScheme})`);
      await firstEntry.click();
      await expect(page.getByRole('dialog').getByRole('button', { name: 'Close' })).toBeFocused();
      await expectNoSeriousViolations(page, `an audit entry (${colorScheme})`);
    });
  }
});
