import { expect, test } from '@playwright/test';
import { createFirstAdministrator } from './support/accounts';
import { startInProcessPanel, type InProcessPanel } from './support/in-process-panel';
import { fillMemberForm } from './support/member-form';
import { setRecoveryBeside } from './support/recovery';

const NOT_CONNECTED = 'Not connected — nothing is being saved';

let panel: InProcessPanel;
test.beforeEach(async ({ page }) => {
  panel = await startInProcessPanel();
  await page.goto(panel.launchUrl);
  await setRecoveryBeside(panel.dbFile);
  await createFirstAdministrator(page);
});
test.afterEach(async () => {
  await panel.close();
});

test('the server stopping shows the banner at once; typed text stays; back again, the save goes through once', async ({
  page,
}) => {
  const banner = page.getByRole('alert').filter({ hasText: NOT_CONNECTED });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Central list' }).click();
  await page.getByRole('link', { name: 'Add a member' }).click();
  await fillMemberForm(page, {
    name: 'Priya Shah',
    role: 'Member',
    background: 'Health',
    appointed: ['5', '1', '2026'],
  });
  await expect(banner).toBeHidden();

  await panel.stopServer();
  // The event stream drops: the window says so before the user does anything.
  await expect(banner).toBeVisible();
  await page.getByLabel('Email address (optional)').fill('priya.shah@example.org');
  await page.getByRole('button', { name: 'Add member' }).click();
  // The save is still in progress, not refused: nothing typed is lost.
  await expect(banner).toBeVisible();
  await expect(page.getByLabel('Full name')).toHaveValue('Priya Shah');
  await expect(page.getByLabel('Email address (optional)')).toHaveValue('priya.shah@example.org');

  await panel.restartServer();
  await expect(banner).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'has been added to the central list' })).toBeVisible();
  const rows = panel.backend.store.sqlite
    .prepare(`SELECT count(*) AS n FROM members WHERE name = 'Priya Shah'`)
    .get() as { n: number };
  expect(rows.n).toBe(1);
});
