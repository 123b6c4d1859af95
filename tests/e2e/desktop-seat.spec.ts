import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { ADMIN, logInThroughPage } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { addMember, CHAIR } from './support/member-form';
import { freePort, freshDbFile, startDesktopSeat, startHeadlessHost, type Started } from './support/desktop-seat';

/**
 * A desktop seat of a service: the desktop app's main process (its browser-mode
 * stand-in, as Electron cannot run here) asks at first run how the computer is
 * used, then forwards every call to the headless host over TLS, pinned to the
 * certificate fingerprint the user confirmed.
 */
let port: number;
let dbFile: string;
let host: Started;
const running: Started[] = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  port = await freePort();
  dbFile = freshDbFile();
  host = await startHeadlessHost({ port, dbFile, certificateFolder: path.join(path.dirname(dbFile), 'certificate') });
  await setUpService(browser, host.url);
});
test.afterAll(async () => {
  for (const started of running) await started.stop();
  await host.stop();
});

/** The service's administrator sets it up at the host itself, in a browser that accepts the test certificate. */
async function setUpService(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const admin = await context.newPage();
  await admin.goto(url);
  await admin.getByLabel('This computer’s name').fill('Administrator’s desk');
  await admin.getByLabel('Username').fill(ADMIN.username);
  await admin.getByLabel('Full name').fill(ADMIN.displayName);
  await admin.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await admin.getByLabel('Confirm password').fill(ADMIN.password);
  await admin.getByRole('button', { name: 'Create the administrator account' }).click();
  await admin.getByLabel('With a recovery key made for me, to print or store').check();
  await admin.getByLabel('I have printed the recovery key or stored it somewhere safe').check();
  await admin.getByRole('button', { name: 'Use this recovery key' }).click();
  await admin.getByRole('button', { name: 'Set up later' }).click({ timeout: 60_000 });
  await addMember(admin, CHAIR);
  await context.close();
}

/** A new desktop seat, opened on its first-run page, with the service's address typed and its certificate shown. */
async function probeService(page: Page): Promise<void> {
  const seat = await startDesktopSeat();
  running.push(seat);
  await page.goto(seat.url);
  await expect(page.getByRole('heading', { name: 'How will this computer be used?' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Use on this computer only' })).toBeVisible();
  await page.getByRole('button', { name: 'Connect to your service' }).click();
  await expect(page.getByRole('heading', { name: 'Connect to your service' })).toBeVisible();
  await page.getByLabel('The service’s address').fill(`localhost:${port}`);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { name: 'Check the service’s certificate' })).toBeVisible();
}

test('first run: connect to the service, confirm its fingerprint, sign in and see its data', async ({ page }) => {
  await probeService(page);
  await expect(page.getByLabel('Certificate fingerprint')).toHaveText(host.fingerprint);
  await expectNoSeriousViolations(page, 'a desktop seat checking the service’s certificate');
  await page.getByLabel('This computer’s name').fill('Chair’s laptop');
  await page.getByRole('button', { name: 'The fingerprints match: connect' }).click();

  // The service's own login: the account is the host's, and nothing asks for this computer's name again.
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await expect(page.getByLabel('This computer’s name')).toHaveCount(0);
  await logInThroughPage(page, ADMIN.username, ADMIN.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Central list' }).click();
  await expect(page.getByRole('link', { name: CHAIR.name })).toBeVisible();
  await expect(page.getByText(/Connected to the service/)).toBeVisible();

  // Chosen once: a reload goes straight to the service, signed in as before.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Central list', level: 1 })).toBeVisible();
});

test('first run offers both choices, and passes axe', async ({ page }) => {
  const seat = await startDesktopSeat();
  running.push(seat);
  await page.goto(seat.url);
  await expect(page.getByRole('heading', { name: 'How will this computer be used?' })).toBeVisible();
  await expectNoSeriousViolations(page, 'a desktop seat’s first run');
  await page.getByRole('button', { name: 'Use on this computer only' }).click();
  // Today's behaviour: this computer's own data, starting with its first administrator.
  await expect(page.getByRole('heading', { name: 'Set up Fostering Panel' })).toBeVisible();
});

test('a certificate other than the one confirmed is refused, and nothing is kept', async ({ page }) => {
  await probeService(page);
  await expect(page.getByLabel('Certificate fingerprint')).toHaveText(host.fingerprint);
  // Between the check and the connection something else answers at the address, with a certificate of its own.
  await host.stop();
  host = await startHeadlessHost({ port, dbFile, certificateFolder: path.join(path.dirname(dbFile), 'impostor') });
  expect(host.fingerprint).not.toBe('');
  await page.getByLabel('This computer’s name').fill('Chair’s laptop');
  await page.getByRole('button', { name: 'The fingerprints match: connect' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('different certificate from the one confirmed');
  await expect(summary).toContainText('Nothing was sent');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'How will this computer be used?' })).toBeVisible();
});
