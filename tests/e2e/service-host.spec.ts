import { expect, test } from '@playwright/test';
import { ADMIN, logInThroughPage } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { addMember, CHAIR } from './support/member-form';
import { startServiceHost, type HostProcess } from './support/host-server';

/**
 * Two seats of one service, each its own browser (its own cookies and
 * storage), against the headless host over TLS. The test's certificate is
 * self-signed, so the browsers are told to accept it, as a desktop seat that
 * pinned its fingerprint would.
 */
let host: HostProcess;
test.beforeAll(async () => {
  host = await startServiceHost();
});
test.afterAll(async () => {
  await host.stop();
});

test('two seats over HTTPS: each signs in itself, and a change at one shows at the other', async ({ browser }) => {
  const desk = await browser.newContext({ ignoreHTTPSErrors: true });
  const laptop = await browser.newContext({ ignoreHTTPSErrors: true });
  const admin = await desk.newPage();
  const chair = await laptop.newPage();

  await admin.goto(host.url);
  await expect(admin.getByRole('heading', { name: 'Set up Fostering Panel' })).toBeVisible();
  await admin.getByLabel('This computer’s name').fill('Administrator’s desk');
  await admin.getByLabel('Username').fill(ADMIN.username);
  await admin.getByLabel('Full name').fill(ADMIN.displayName);
  await admin.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await admin.getByLabel('Confirm password').fill(ADMIN.password);
  await admin.getByRole('button', { name: 'Create the administrator account' }).click();
  // On the host as anywhere: recovery first (a key made at once), then the service's set-up, put off here.
  await admin.getByLabel('With a recovery key made for me, to print or store').check();
  await admin.getByLabel('I have printed the recovery key or stored it somewhere safe').check();
  await admin.getByRole('button', { name: 'Use this recovery key' }).click();
  await admin.getByRole('button', { name: 'Set up later' }).click({ timeout: 60_000 });
  await expect(admin.getByRole('navigation', { name: 'Main' })).toBeVisible();

  // The second seat is another computer: it is not signed in by the first, and names itself at sign-in.
  await chair.goto(host.url);
  await expect(chair.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await expectNoSeriousViolations(chair, 'log in on a seat');
  await chair.getByLabel('This computer’s name').fill('Panel room laptop');
  await logInThroughPage(chair, ADMIN.username, ADMIN.password);
  await chair.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Central list' }).click();
  await expect(chair.getByRole('heading', { name: 'Central list', level: 1 })).toBeVisible();
  await expect(chair.getByRole('link', { name: CHAIR.name })).toHaveCount(0);

  await addMember(admin, CHAIR);
  // Live: the laptop's list shows the new member without a reload.
  await expect(chair.getByRole('link', { name: CHAIR.name })).toBeVisible({ timeout: 10_000 });

  // The footer says how this window reaches the data.
  await expect(chair.getByText(/Connected to the service/)).toBeVisible();

  // The administrator sees both computers and ends the laptop's session; the laptop is asked to sign in again.
  await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  const signedIn = admin.getByRole('region', { name: 'Signed-in computers' });
  await expect(signedIn.getByRole('cell', { name: 'Panel room laptop (127.0.0.1)', exact: true })).toBeVisible();
  await expect(signedIn.getByRole('cell', { name: 'Administrator’s desk (127.0.0.1)', exact: true })).toBeVisible();
  await expectNoSeriousViolations(admin, 'users with signed-in computers');
  await signedIn.getByRole('button', { name: /End Alex Administrator’s session at Panel room laptop/ }).click();
  await expect(
    admin.getByRole('status').filter({ hasText: 'session at Panel room laptop (127.0.0.1) has ended' }),
  ).toBeVisible();
  // The laptop hears of the change at once, finds its session gone, and asks its user to sign in again.
  await expect(chair.getByRole('heading', { name: 'Log in' })).toBeVisible({ timeout: 10_000 });
  await desk.close();
  await laptop.close();
});

test('a call that carries the seat’s cookie but not its token, as a forged request would, is refused', async ({
  browser,
}) => {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: /Log in|Set up Fostering Panel/ })).toBeVisible();
  // Same browser, the cookie is set; a call without the seat's token (as a forged form post would be) is refused.
  const status = await page.evaluate(async () => {
    const response = await fetch('/rpc', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ channel: 'auth:status', input: {} }),
    });
    return response.status;
  });
  expect(status).toBe(403);
  await context.close();
});
