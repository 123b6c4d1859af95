import { expect, test, type Page } from '@playwright/test';
import { generateSync } from 'otplib';
import { ADMIN, logInThroughPage } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { startServiceHost, type HostProcess } from './support/host-server';
import { E2E_TODAY } from './support/panel-server';

/**
 * A second factor over the host: the administrator sets one up from their own
 * account page (the test is their authenticator app, with otplib), requires
 * it for other computers, and a second browser then signs in with password and
 * code. The host runs with --code-on-loopback, so a browser on this computer
 * counts as another computer, as it would through a tunnel.
 */
let host: HostProcess;
test.beforeAll(async () => {
  host = await startServiceHost(['--code-on-loopback']);
});
test.afterAll(async () => {
  await host.stop();
});

/**
 * The code the app shows `offset` seconds after the host's "now": the host's
 * clock is stopped at 09:00 on the tests' fixed day (PANEL_FIXED_TODAY), so
 * the test's authenticator app reads the same instant.
 */
const HOST_NOW = new Date(`${E2E_TODAY}T09:00:00`).getTime();
const codeFor = (secret: string, offset = 0) => generateSync({ secret, epoch: Math.floor(HOST_NOW / 1000) + offset });

async function createAdministrator(page: Page): Promise<void> {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Set up Fostering Panel' })).toBeVisible();
  await page.getByLabel('This computer’s name').fill('Administrator’s desk');
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Full name').fill(ADMIN.displayName);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Confirm password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Create the administrator account' }).click();
  await page.getByLabel('With a recovery key made for me, to print or store').check();
  await page.getByLabel('I have printed the recovery key or stored it somewhere safe').check();
  await page.getByRole('button', { name: 'Use this recovery key' }).click();
  await page.getByRole('button', { name: 'Set up later' }).click({ timeout: 60_000 });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

test('set up a second factor, require it, and sign in from another computer with the code', async ({ browser }) => {
  const desk = await browser.newContext({ ignoreHTTPSErrors: true });
  const laptop = await browser.newContext({ ignoreHTTPSErrors: true });
  const admin = await desk.newPage();
  await createAdministrator(admin);

  await admin.getByRole('link', { name: 'Second factor' }).click();
  await expect(admin.getByRole('heading', { name: 'Second factor', level: 1 })).toBeVisible();
  await admin.getByRole('button', { name: 'Set up a second factor' }).click();
  await expect(admin.getByRole('img', { name: /QR code to add admin/ })).toBeVisible();
  await expectNoSeriousViolations(admin, 'second factor set-up');
  const secret = (await admin.getByLabel('Key to type into the app').innerText()).replace(/\s/g, '');
  await admin.getByLabel('Enter the 6-digit code from your authenticator app').fill(codeFor(secret));
  await admin.getByRole('button', { name: 'Confirm' }).click();
  await expect(admin.getByText('Your second factor is set up.')).toBeVisible();

  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backups' }).click();
  await admin.getByLabel('Require a second factor for sign-ins from other computers').check();
  await admin.getByLabel('Browser seats may download documents').uncheck();
  await admin.getByRole('button', { name: 'Save the switches for other computers' }).click();
  await expect(admin.getByText('The settings for other computers have been saved.')).toBeVisible();

  const chair = await laptop.newPage();
  await chair.goto(host.url);
  await expect(chair.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await chair.getByLabel('This computer’s name').fill('Panel room laptop');
  await logInThroughPage(chair, ADMIN.username, ADMIN.password);
  await expect(chair.getByRole('heading', { name: 'Enter your code' })).toBeVisible();
  const codeBox = chair.getByLabel('Enter the 6-digit code from your authenticator app');
  await expect(codeBox).toBeFocused();
  await expect(codeBox).toHaveAttribute('autocomplete', 'one-time-code');
  await expectNoSeriousViolations(chair, 'sign-in code step');

  // A wrong code is refused, said aloud, and no session starts.
  const next = codeFor(secret, 30);
  await codeBox.fill(next === '000000' ? '111111' : '000000');
  await chair.getByRole('button', { name: 'Continue' }).click();
  await expect(chair.getByRole('alert').filter({ hasText: 'The code is not right' }).first()).toBeVisible();
  await expect(chair.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

  // The next step's code: the one used to set the factor up is never accepted again.
  await codeBox.fill(codeFor(secret, 30));
  await chair.getByRole('button', { name: 'Continue' }).click();
  await expect(chair.getByRole('navigation', { name: 'Main' })).toBeVisible();

  // Downloads to browsers are off: the templates are not offered, and the page says why.
  await chair.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
  await expect(chair.getByText(/The templates: not available in a web browser/)).toBeVisible();
  await expect(chair.getByRole('button', { name: /Download the central list template/ })).toHaveCount(0);
  await desk.close();
  await laptop.close();
});
