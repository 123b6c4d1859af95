import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { addItem, addPanel, addSitting, openSitting } from './support/sittings';

/** Presses Tab until the element with this id has focus; fails if it is never reached. */
async function tabTo(page: Page, id: string, maxPresses = 120): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    if ((await page.evaluate(() => document.activeElement?.id ?? '')) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

/** Presses Tab until a button with this text has focus. */
async function tabToText(page: Page, text: string, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')) === text) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${text}"`);
}

test('records attendance with the keyboard alone, and quorum follows', async ({ page }) => {
  const ids = await addPanel(page);
  const sitting = await addSitting(page, '2027-01-26');
  await addItem(page, sitting, { itemType: 'business', title: 'Annual report' });
  await addItem(page, sitting, { itemType: 'business', title: 'Training plan' });
  await openSitting(page, 'Tuesday 26 January 2027');
  const helen = `attendance-${ids['Helen Turner'] ?? ''}`;

  // Typing on a closed select picks the option starting with that letter; each choice is saved at once.
  await page.getByRole('link', { name: 'Attendance and roles' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Attendance and roles' })).toBeFocused();
  await tabTo(page, `${helen}-status`);
  await page.keyboard.press('a');
  await expect(page.getByRole('status').filter({ hasText: 'Saved: Helen Turner, apologies.' })).toBeVisible();
  await expect(page.locator(`#${helen}-status`)).toBeFocused();
  // Arrow keys move one option at a time (a second letter so soon would extend the type-ahead instead).
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('status').filter({ hasText: 'Saved: Helen Turner, present.' })).toBeVisible();

  // She arrived before item 2, so item 1 has no qualified social worker.
  await page.keyboard.press('Tab');
  await expect(page.locator(`#${helen}-arrived`)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved: Helen Turner, present, arrived before Item 2' }),
  ).toBeVisible();
  await tabTo(page, 'presiderId');
  await page.keyboard.press('m');
  await expect(page.locator('#presiderId')).toHaveValue(ids['Margaret Ellis'] ?? '');
  await tabToText(page, 'Save roles');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'The roles for this sitting have been saved.' }),
  ).toBeVisible();
  const rows = page.getByRole('table', { name: 'Agenda items in order' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('Not quorate');
  await expect(rows.nth(1)).toContainText(
    "No social worker with at least 3 years' post-qualifying experience is present for this item.",
  );
  await expect(rows.nth(2)).toContainText('Quorate7 members counted');
});
