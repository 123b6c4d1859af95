import { ADMIN, logInThroughPage } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { freePort, startDesktopSeat } from './support/desktop-seat';
import { expect, test } from './support/fixtures';

/**
 * The desktop host: the administrator's own app (its browser-mode stand-in)
 * shares its records with other computers, a desktop seat connects to it, and
 * when sharing stops the seat's window says so at once.
 */
test('the administrator shares this computer; a seat connects, and is warned when sharing stops', async ({
  page,
  browser,
}) => {
  const port = await freePort();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sharing' }).click();
  await expect(page.getByRole('heading', { name: 'Share with other computers', level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page, 'share with other computers');
  await page.getByLabel('Address to listen on').fill('127.0.0.1');
  await page.getByLabel('Port').fill(String(port));
  await page.getByRole('button', { name: 'Start sharing' }).click();
  const shared = page.getByRole('region', { name: 'Shared now' });
  await expect(shared).toContainText(`https://127.0.0.1:${port}`);
  const fingerprint = (await shared.locator('dd.fingerprint').innerText()).trim();
  expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  await expectNoSeriousViolations(page, 'shared now');

  const seat = await startDesktopSeat();
  const laptopContext = await browser.newContext();
  const laptop = await laptopContext.newPage();
  try {
    await laptop.goto(seat.url);
    await laptop.getByRole('button', { name: 'Connect to your service' }).click();
    await laptop.getByLabel('The service’s address').fill(`127.0.0.1:${port}`);
    await laptop.getByRole('button', { name: 'Continue' }).click();
    await expect(laptop.getByLabel('Certificate fingerprint')).toHaveText(fingerprint);
    await laptop.getByLabel('This computer’s name').fill('ADM’s desk');
    await laptop.getByRole('button', { name: 'The fingerprints match: connect' }).click();
    await expect(laptop.getByRole('heading', { name: 'Log in' })).toBeVisible();
    await logInThroughPage(laptop, ADMIN.username, ADMIN.password);
    await expect(laptop.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(laptop.getByText(/Connected to the service/)).toBeVisible();

    // The host's page counts the seat; stopping tells the seat before the host goes.
    await page.reload();
    await expect(page.getByRole('region', { name: 'Shared now' })).toContainText('Computers connected1');
    await page.getByRole('button', { name: 'Stop sharing' }).click();
    await expect(page.getByRole('button', { name: 'Start sharing' })).toBeVisible();
    await expect(laptop.getByRole('alert')).toContainText('The service is closing.');
    await expectNoSeriousViolations(laptop, 'a seat warned that its host is closing');
  } finally {
    await laptopContext.close();
    await seat.stop();
  }
});
