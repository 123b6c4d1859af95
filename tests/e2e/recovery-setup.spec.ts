import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  readRecoveryFile,
  recoveryFileBeside,
  recoverySecret,
  unwrapDatabaseKey,
} from '../../electron/backend/audit/recovery-key';
import { ADMIN, addAccount, logInThroughPage, rpcOrThrow, signInAs } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { serverKeysFolder } from './support/panel-server';

const signedIn = (page: Page, text: string) => page.getByRole('banner').getByText(`Signed in as ${text}`);
const home = (page: Page) => page.getByRole('heading', { name: 'Due and overdue', exact: true });
const setUpRecovery = (page: Page) => page.getByRole('heading', { name: 'Set up recovery' });

/** The database key the backend was started with (browser mode keeps it in the key folder). */
function databaseKeyOf(dbFile: string): Buffer {
  return Buffer.from(readFileSync(path.join(serverKeysFolder(dbFile), 'database.key'), 'utf8').trim(), 'hex');
}

// Nothing set yet: an installation as it stands at first run, or at the first start after the upgrade.
test.use({ signIn: false });

test('first run: the new administrator prints a recovery key before the app opens', async ({ page, panel }) => {
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Full name').fill(ADMIN.displayName);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Confirm password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Create the administrator account' }).click();

  await expect(setUpRecovery(page)).toBeVisible();
  await expect(home(page)).toHaveCount(0);
  await expectNoSeriousViolations(page, 'the recovery step');
  await page.getByLabel('With a recovery key made for me, to print or store').check();
  const shown = page.locator('.recovery-key');
  await expect(shown).toBeVisible();
  const key = ((await shown.getAttribute('aria-label')) ?? '').replace('Recovery key: ', '');
  expect(key).toMatch(/^([0-9A-Z]{4}-){8}[0-9A-Z]{4}$/);
  await expect(page.locator('.recovery-key__group')).toHaveCount(9);

  // The print button prints the page, whose print style keeps only the key sheet.
  await page.evaluate(() => {
    const counted = window as unknown as { printed: number };
    counted.printed = 0;
    window.print = () => {
      counted.printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Print the recovery key' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Use this recovery key' })).toBeHidden();
  await expect(shown).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'Use this recovery key' }).click();
  await expect(page.locator('#recovery-key-stored-error')).toContainText('Confirm that you have printed');
  await expectNoSeriousViolations(page, 'the recovery key, not yet confirmed');
  await page.getByLabel('I have printed the recovery key or stored it somewhere safe').check();
  await page.getByRole('button', { name: 'Use this recovery key' }).click();
  // Then the service's own set-up (new-service.spec.ts goes on from there).
  // scrypt at its real cost (128 MiB) on a shared machine: give it time, this asserts no timing.
  await expect(page.getByRole('heading', { name: 'Step 1 of 3: Your service and letterhead' })).toBeVisible({
    timeout: 60_000,
  });

  // The key as printed, typed back in lower case, unwraps this database's key (the code path of `npm run recover-key`).
  const content = readRecoveryFile(recoveryFileBeside(panel.dbFile));
  expect(content?.secret).toBe('printed-key');
  if (!content) throw new Error('No recovery file');
  const unwrapped = await unwrapDatabaseKey(content, recoverySecret(content, key.toLowerCase()));
  expect(unwrapped.equals(databaseKeyOf(panel.dbFile))).toBe(true);
});

test('after the upgrade: the administrator is taken to recovery at each sign-in until it is set; others are not', async ({
  page,
}) => {
  // An installation from before recovery existed: accounts, no recovery file.
  await rpcOrThrow(page, 'auth:createFirstAdministrator', ADMIN);
  // That installation's service was running long before: no first-run set-up is pending.
  await rpcOrThrow(page, 'setup:finish', {});
  const viewer = await addAccount(page, { username: 'vera.t', displayName: 'Vera Thompson', roles: ['viewer'] });
  await signInAs(page, viewer);
  await expect(signedIn(page, 'Vera Thompson (Viewer)')).toBeVisible();
  await expect(setUpRecovery(page)).toHaveCount(0);

  await signInAs(page, ADMIN);
  await expect(setUpRecovery(page)).toBeVisible();
  // Leaving without setting it: the step is there again at the next sign-in.
  await page.getByRole('button', { name: 'Log out' }).click();
  await logInThroughPage(page, ADMIN.username, ADMIN.password);
  await expect(setUpRecovery(page)).toBeVisible();

  await page.getByLabel('With a recovery passphrase that I choose').check();
  await page.getByLabel('Recovery passphrase', { exact: true }).fill('otter-beacon-meadow-77');
  await page.getByLabel('Recovery passphrase again').fill('otter-beacon-meadow-78');
  await page.getByRole('button', { name: 'Set the recovery passphrase' }).click();
  await expect(page.locator('#recovery-confirm-error')).toContainText('The two passphrases are different');
  await expectNoSeriousViolations(page, 'the recovery passphrase with an error');
  await page.getByLabel('Recovery passphrase again').fill('otter-beacon-meadow-77');
  await page.getByRole('button', { name: 'Set the recovery passphrase' }).click();
  // The app opens where the window was (the viewer's screen); scrypt at its real cost may take a while.
  await expect(signedIn(page, 'Alex Administrator (Panel administrator)')).toBeVisible({ timeout: 60_000 });
  await expect(setUpRecovery(page)).toHaveCount(0);

  await page.getByRole('button', { name: 'Log out' }).click();
  await logInThroughPage(page, ADMIN.username, ADMIN.password);
  await expect(signedIn(page, 'Alex Administrator (Panel administrator)')).toBeVisible();
  await expect(setUpRecovery(page)).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backups' }).click();
  await expect(page.getByText(/A recovery passphrase was set/)).toBeVisible();
});
