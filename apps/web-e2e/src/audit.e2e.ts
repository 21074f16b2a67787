import { expect, test } from '@playwright/test';
import { E2E_DEMO_PASSWORD } from '../playwright.config';
import { signIn } from './support';

const PHH_ADMIN = { name: 'PHH Administrator', email: 'admin@phh.example' };
const MEMBER = { name: 'Avery Audit', email: 'avery.audit@phh.example' };

test.describe('audit trail', () => {
  test('an admin changes someone’s role, then finds that on the audit page with the role before and after', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await signIn(page, PHH_ADMIN.email, E2E_DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/dashboard/);
    await page
      .getByRole('navigation', { name: 'Administration' })
      .getByRole('link', { name: 'Administration' })
      .click();
    await expect(page.getByRole('row', { name: new RegExp(PHH_ADMIN.name) })).toBeVisible();

    // Someone whose role to change: invited as an Admin, to be made a User (which leaves the demo
    // administrator the organization's only admin, as the other tests expect).
    await page.getByRole('button', { name: 'Invite', exact: true }).click();
    const invite = page.getByRole('dialog', { name: 'Invite a team member' });
    await expect(invite.getByRole('textbox', { name: 'Email' })).toBeFocused();
    await invite.getByRole('textbox', { name: 'Email' }).fill(MEMBER.email);
    await invite.getByRole('textbox', { name: 'Display name' }).fill(MEMBER.name);
    await invite.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Admin', exact: true }).click();
    await invite.getByLabel('Create a temporary password to hand over').check();
    await invite.getByRole('button', { name: 'Invite', exact: true }).click();
    const invited = page.getByRole('dialog', { name: `${MEMBER.name} was invited` });
    await invited.getByRole('button', { name: 'Done' }).click();
    await expect(invited).toBeHidden();

    await page.getByRole('row', { name: new RegExp(MEMBER.name) }).click();
    await expect(page.getByRole('heading', { name: MEMBER.name, level: 1 })).toBeVisible();
    await page.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'User', exact: true }).click();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();

    // The audit page, narrowed to what the administrator did to roles.
    await page.getByRole('tablist', { name: 'Administration sections' }).getByRole('tab', { name: 'Audit' }).click();
    await expect(page.getByRole('heading', { name: 'Audit trail', level: 1 })).toBeVisible();
    await expect(page.getByText(/Verified up to entry|No entry is linked/)).toBeVisible();

    await page.getByRole('combobox', { name: 'Person' }).click();
    await page.getByRole('option', { name: PHH_ADMIN.name }).click();
    await expect(page).toHaveURL(/[?&]actor=/);
    await page.getByRole('combobox', { name: 'Action' }).click();
    await page.getByRole('option', { name: 'Role changed' }).click();
    await expect(page).toHaveURL(/[?&]action=users\.role-changed/);

    const entries = page.getByRole('list', { name: 'Audit entries' });
    const entry = entries.getByRole('button', { name: `${PHH_ADMIN.name} changed a person's role` });
    await expect(entry).toHaveCount(1);
    // Only what was asked for is listed: nothing else the administrator did.
    await expect(entries.getByRole('listitem')).toHaveCount(1);

    await entry.click();
    const details = page.getByRole('dialog', { name: `${PHH_ADMIN.name} changed a person's role` });
    const changes = details.getByRole('table', { name: 'Changes' });
    await expect(changes.getByRole('row', { name: 'role admin user' })).toBeVisible();
    await details.getByRole('button', { name: 'Close' }).click();
    await expect(details).toBeHidden();
  });
});
