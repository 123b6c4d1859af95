import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** Presses Tab until the element with this id has focus; fails if it is never reached. */
async function tabTo(page: Page, id: string, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    if ((await page.evaluate(() => document.activeElement?.id ?? '')) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

/** Presses Tab until a link or button with this text has focus. */
async function tabToText(page: Page, text: string, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')) === text) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${text}"`);
}

async function typeDate(page: Page, id: string, day: string, month: string, year: string): Promise<void> {
  await tabTo(page, `${id}-day`);
  await page.keyboard.type(day);
  await page.keyboard.press('Tab');
  await page.keyboard.type(month);
  await page.keyboard.press('Tab');
  await page.keyboard.type(year);
}

test('adds a member with the keyboard alone', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'Due and overdue', exact: true })).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await tabToText(page, 'Central list');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Central list', exact: true })).toBeVisible();
  await tabToText(page, 'Add a member');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Add a member to the central list' })).toBeVisible();

  await tabTo(page, 'name');
  await page.keyboard.type('Priya Shah');
  await page.keyboard.press('Tab');
  await page.keyboard.type('priya.shah@example.org');
  await tabTo(page, 'listRole');
  await page.keyboard.type('Vice');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Health');
  await tabTo(page, 'independent');
  await page.keyboard.press('Space');
  await typeDate(page, 'appointmentDate', '3', '3', '2025');
  await tabTo(page, 'fee');
  await page.keyboard.type('200');

  // Submit with a mistake first, to check the error summary is reachable and links to the field.
  await typeDate(page, 'dbsRenewalDue', '31', '2', '2028');
  await tabToText(page, 'Add member');
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: /DBS renewal due/ }).getByLabel('Day')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('28');

  await tabToText(page, 'Add member');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Priya Shah has been added to the central list.');
  await expect(page.getByRole('definition').filter({ hasText: 'Vice chair' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: '28 February 2028' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: '3 March 2025' })).toBeVisible();
});

test('records written notice with the keyboard, and Escape closes the dialog', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Central list' }).click();
  await page.getByRole('link', { name: 'Add a member' }).click();
  await page.getByLabel('Full name').fill('Robert Hale');
  await page.getByLabel('Role on the central list').selectOption({ label: 'Member' });
  await page.getByLabel('Professional background').selectOption({ label: 'Foster carer' });
  const appointment = page.getByRole('group', { name: /Appointment date/ });
  await appointment.getByLabel('Day').fill('1');
  await appointment.getByLabel('Month').fill('6');
  await appointment.getByLabel('Year').fill('2022');
  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Robert Hale');

  await tabToText(page, 'Record written notice');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Record written notice from Robert Hale' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Record written notice' })).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('Day')).toBeVisible();
  await tabToText(page, 'Record notice');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('On notice');
});
