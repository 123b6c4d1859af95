import type { Page } from '@playwright/test';
import { ADMIN, logInThroughPage, rpc, rpcOrThrow } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { expect, fillDate, test } from './support/fixtures';
import { addMember, CHAIR, fillMemberForm } from './support/member-form';

const VIEWER = {
  username: 'vera.t',
  displayName: 'Vera Thompson',
  temporary: 'copper-lantern-meadow',
  chosen: 'violet-harbour-engine-9',
};

const signedIn = (page: Page, text: string) => page.getByRole('banner').getByText(`Signed in as ${text}`);
const lockDialog = (page: Page) => page.getByRole('dialog', { name: 'The window is locked' });

test.describe('on a new database', () => {
  test.use({ signIn: false });

  test('sets up the first administrator through the first-run page', async ({ page }) => {
    await expect(page.getByRole('heading', { name: 'Set up Fostering Panel' })).toBeVisible();
    await expectNoSeriousViolations(page, 'the first-run page');

    // The empty form marks every missing field at once, not one at a time.
    await page.getByRole('button', { name: 'Create the administrator account' }).click();
    await expect(page.getByRole('alert').getByRole('link')).toHaveCount(4);
    for (const field of ['username', 'displayName', 'password', 'confirmPassword']) {
      await expect(page.locator(`#${field}-error`)).toBeVisible();
    }

    await page.getByLabel('Username').fill(ADMIN.username);
    await page.getByLabel('Full name').fill(ADMIN.displayName);
    await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await page.getByLabel('Confirm password').fill('plum-kettle-harbour-24');
    await page.getByRole('button', { name: 'Create the administrator account' }).click();
    await expect(page.getByRole('alert')).toBeFocused();
    await expect(page.locator('#confirmPassword-error')).toContainText('The passwords do not match');
    await expectNoSeriousViolations(page, 'the first-run page with an error');

    // The backend judges the password itself.
    await page.getByLabel('Password', { exact: true }).fill('password1234');
    await page.getByLabel('Confirm password').fill('password1234');
    await page.getByRole('button', { name: 'Create the administrator account' }).click();
    await expect(page.locator('#password-error')).toContainText('This password is too common');
    await expect(page.getByLabel('Full name')).toHaveValue(ADMIN.displayName);

    await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await page.getByLabel('Confirm password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create the administrator account' }).click();
    // Before the app opens, the administrator sets recovery (recovery-setup.spec.ts goes on from here).
    await expect(page.getByRole('heading', { name: 'Set up recovery' })).toBeVisible();
  });
});

test('logs out, explains a refused login, keeps the username, and logs in again', async ({ page }) => {
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the login page');

  await logInThroughPage(page, ADMIN.username, 'plum-kettle-harbour-41');
  await expect(page.getByRole('alert')).toContainText('The username or password is not right.');
  await expect(page.locator('#password-error')).toContainText('The username or password is not right.');
  await expect(page.getByLabel('Username')).toHaveValue(ADMIN.username);
  await expect(page.getByLabel('Password')).toHaveValue('');
  await expectNoSeriousViolations(page, 'the login page with an error');

  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(signedIn(page, 'Alex Administrator')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Due and overdue', exact: true })).toBeVisible();
});

test('after repeated failures the login page says how long to wait', async ({ page }) => {
  await page.getByRole('button', { name: 'Log out' }).click();
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await logInThroughPage(page, 'nobody.here', `wrong-password-${attempt}`);
    await expect(page.getByLabel('Password')).toHaveValue('');
  }
  await expect(page.getByRole('alert')).toContainText('Too many failed attempts: wait 30 seconds');
  await logInThroughPage(page, 'nobody.here', 'wrong-password-6');
  await expect(page.locator('#password-error')).toHaveText(
    /Too many failed attempts\. Wait 30 seconds before trying again\./,
  );
  await expect(page.getByLabel('Username')).toHaveValue('nobody.here');
});

test('a viewer made by the administrator must change their password and cannot change records', async ({ page }) => {
  await addMember(page, CHAIR);
  await page.getByLabel('Training title').fill('Safeguarding update');
  await fillDate(page, 'Date attended', '2', '11', '2026');
  await page.getByLabel('Hours').fill('3');
  await page.getByRole('button', { name: 'Add training' }).click();
  await expect(page.getByRole('table')).toContainText('Safeguarding update');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { name: 'Users' })).toBeVisible();
  await expect(page.getByText('Accounts are never deleted').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'the users list');

  await page.getByRole('link', { name: 'Add a user' }).click();
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page.locator('#roles-error')).toContainText('Choose at least one role');
  await expectNoSeriousViolations(page, 'the add user form with errors');

  await page.getByLabel('Username').fill(VIEWER.username);
  await page.getByLabel('Full name').fill(VIEWER.displayName);
  await page.getByRole('group', { name: /Roles/ }).getByLabel('Viewer').check();
  await page.getByLabel('Central list member (optional)').selectOption({ label: 'Margaret Ellis' });
  await page.getByLabel('Temporary password').fill(VIEWER.temporary);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('status')).toContainText('must choose their own when they first log in');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Vera Thompson');
  await expectNoSeriousViolations(page, 'a user’s page');

  await page.getByRole('link', { name: 'Back to users' }).click();
  const row = page.getByRole('row', { name: /Vera Thompson/ });
  for (const text of ['vera.t', 'Viewer', 'Margaret Ellis', 'Active', 'Yes', 'Never'])
    await expect(row).toContainText(text);

  await page.getByRole('button', { name: 'Log out' }).click();
  await logInThroughPage(page, VIEWER.username, VIEWER.temporary);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the change-password page');
  await page.getByLabel('Current password').fill(VIEWER.temporary);
  await page.getByLabel('New password', { exact: true }).fill(VIEWER.chosen);
  await page.getByLabel('Confirm new password').fill(VIEWER.chosen);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(signedIn(page, 'Vera Thompson (Viewer)')).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Central list' })).toBeVisible();
  for (const name of ['Users', 'Audit trail', 'Backups']) await expect(nav.getByRole('link', { name })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Add a member' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Margaret Ellis' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Margaret Ellis');
  for (const name of ['Edit details', /History/]) await expect(page.getByRole('link', { name })).toHaveCount(0);
  await expect(page.getByRole('table')).toContainText('Safeguarding update');
  for (const name of ['Record written notice', 'Record leaving', 'Add training', /Remove/]) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
  await page.goto(`${new URL(page.url()).origin}/#/users`);
  await expect(page.getByRole('heading', { name: 'You cannot use this page' })).toBeVisible();

  // The hidden buttons are a courtesy: the backend refuses the call itself.
  const refused = await rpc(page, 'members:create', {
    name: 'Sneaky Addition',
    listRole: 'member',
    background: 'health',
    independent: false,
    socialWorkerPqe3: false,
    appointmentDate: '2026-01-05',
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  const members = (await rpcOrThrow(page, 'members:list', { status: 'all' })) as { name: string }[];
  expect(members.map((m) => m.name)).toEqual(['Margaret Ellis']);
});

test('"Lock now" locks the window and keeps a half-filled form underneath', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Central list' }).click();
  await page.getByRole('link', { name: 'Add a member' }).click();
  await page.getByLabel('Full name').fill('Priya Shah');
  await page.getByLabel('Notes (optional)').fill('Met at the October training day');
  await page.getByRole('button', { name: 'Lock now' }).click();

  const dialog = lockDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Password')).toBeFocused();
  await expect(page.locator('.session-content')).toHaveAttribute('inert', '');
  await expectNoSeriousViolations(page, 'the lock dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();

  await dialog.getByLabel('Password').fill('not-my-password');
  await dialog.getByRole('button', { name: 'Unlock' }).click();
  await expect(dialog.locator('#unlock-password-error')).toContainText('The password is not right');
  await expectNoSeriousViolations(page, 'the lock dialog with an error');

  await dialog.getByLabel('Password').fill(ADMIN.password);
  await dialog.getByRole('button', { name: 'Unlock' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.session-content')).not.toHaveAttribute('inert', '');
  await expect(page.getByLabel('Full name')).toHaveValue('Priya Shah');
  await expect(page.getByLabel('Notes (optional)')).toHaveValue('Met at the October training day');
});

test('a call refused because the backend locked the session brings up the lock screen', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Central list' }).click();
  await page.getByRole('link', { name: 'Add a member' }).click();
  // Complete, so the form's own check (the contract's schema) lets the save through to the backend.
  await fillMemberForm(page, {
    name: 'Robert Hale',
    role: 'Member',
    background: 'Foster carer',
    appointed: ['1', '4', '2024'],
  });
  // Locked behind the page's back, as the backend's own idle check would.
  await rpcOrThrow(page, 'auth:lock', {});
  await page.getByRole('button', { name: 'Add member' }).click();

  const dialog = lockDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Password').fill(ADMIN.password);
  await dialog.getByRole('button', { name: 'Unlock' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Full name')).toHaveValue('Robert Hale');
});

test('a call refused because the session ended goes back to the login page', async ({ page }) => {
  await expect(signedIn(page, 'Alex Administrator')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Central list' }).click();
  await page.getByLabel('Search by name or email').fill('Ellis');
  // Ended behind the page's back; the screens refresh (a write happened) and are refused.
  await rpcOrThrow(page, 'auth:logout', {});
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await logInThroughPage(page, ADMIN.username, ADMIN.password);
  await expect(signedIn(page, 'Alex Administrator')).toBeVisible();
});

test('locks by itself after the idle time set by the administrator', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backups' }).click();
  await page.getByLabel('Lock the window after this many minutes without use').fill('1');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('The settings have been saved.')).toBeVisible();

  const activity: string[] = [];
  page.on('request', (request) => {
    if (request.postData()?.includes('"auth:activity"')) activity.push(request.url());
  });
  await page.clock.install();
  await page.reload();
  await expect(signedIn(page, 'Alex Administrator')).toBeVisible();

  // Activity is reported at most every 30 seconds, however much is typed.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Central list' }).click();
  await page.getByLabel('Search by name or email').pressSequentially('Ell');
  expect(activity).toHaveLength(0);
  await page.clock.fastForward('00:31');
  await page.getByLabel('Search by name or email').pressSequentially('is');
  await expect.poll(() => activity.length).toBe(1);
  await expect(lockDialog(page)).toBeHidden();

  await page.clock.fastForward('02:00');
  await expect(lockDialog(page)).toBeVisible();
  const status = (await rpcOrThrow(page, 'auth:status', {})) as { session: { locked: boolean } };
  expect(status.session.locked).toBe(true);
  await expect(page.getByLabel('Search by name or email')).toHaveValue('Ellis');
});
