import { ADMIN } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { addHousehold } from './support/sittings';

test('a locked window shows nothing of the records, names no household, and keeps what was being typed', async ({
  page,
}) => {
  const id = await addHousehold(page, 'FC-2026-077', 'Mr and Mrs Rahman');
  await page.goto(`${new URL(page.url()).origin}/#/households/${id}/edit`);
  const name = page.getByLabel('Display name');
  await expect(name).toHaveValue('Mr and Mrs Rahman');
  await name.fill('Mr and Mrs Rahman-Ali');
  await expect(page).toHaveTitle(/Rahman/);

  await page.getByRole('button', { name: 'Lock now' }).click();
  const dialog = page.getByRole('dialog', { name: 'The window is locked' });
  await expect(dialog).toBeVisible();

  // Not shown, not in the accessibility tree, not in the title, not reachable by keyboard, not scrollable.
  await expect(page.locator('.session-content')).toBeHidden();
  expect(await page.locator('body').innerText()).not.toMatch(/Rahman|FC-2026-077/);
  await expect(page.getByRole('textbox', { name: 'Display name' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /Rahman/ })).toHaveCount(0);
  await expect(page).toHaveTitle('Locked – Fostering Panel');
  for (let press = 0; press < 6; press += 1) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.session-content') ?? null)).toBeNull();
  }
  expect(
    await page.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight),
  ).toBe(true);
  await expectNoSeriousViolations(page, 'the locked window');

  await dialog.getByLabel('Password').fill(ADMIN.password);
  await dialog.getByRole('button', { name: 'Unlock' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Display name')).toHaveValue('Mr and Mrs Rahman-Ali');
  await expect(page).toHaveTitle(/Rahman/);
});
