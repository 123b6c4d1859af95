import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './support/axe';
import { expect, fillDate, test } from './support/fixtures';
import { addHousehold, addItem, addSitting, openSitting } from './support/sittings';

const dialog = (page: Page) => page.getByRole('dialog');

test('moves a sitting on a step, withdraws an item, records people and papers, then cancels it', async ({ page }) => {
  const household = await addHousehold(page, 'FC-2026-002', 'Ms B');
  const first = await addSitting(page, '2027-02-09');
  await addSitting(page, '2027-02-23');
  await addItem(page, first, { itemType: 'approval_mainstream', householdId: household, durationMinutes: 60 });
  await addItem(page, first, { itemType: 'business', title: 'Feedback forms' });
  await openSitting(page, 'Tuesday 9 February 2027');

  // Next step: papers sent, with the date they went.
  await page.getByRole('button', { name: 'Next step: papers sent' }).click();
  await expect(dialog(page)).toBeVisible();
  await expectNoSeriousViolations(page, 'the next step dialog');
  await fillDate(page, 'Date the papers were sent', '20', '11', '2026');
  await dialog(page).getByRole('button', { name: 'Mark as papers sent' }).click();
  await expect(page.getByRole('status').first()).toHaveText('The sitting is now recorded as papers sent.');
  await page.getByRole('button', { name: 'Next step: held' }).click();
  await dialog(page).getByRole('button', { name: 'Mark as held' }).click();
  await expect(dialog(page).getByRole('alert')).toContainText('it cannot be marked as held before then');
  await expectNoSeriousViolations(page, 'the next step dialog with an error');
  await dialog(page).getByRole('button', { name: 'Cancel' }).click();

  // People who are not members.
  await page.getByLabel('Who they are').selectOption({ label: 'Observer' });
  await page.getByLabel('Name', { exact: true }).fill('Chris Student');
  await page.getByLabel('Description (optional)').fill('Student social worker');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('region', { name: 'People who are not members' })).toContainText('Chris Student');
  await page.getByRole('button', { name: 'Remove Chris Student' }).click();
  await expect(dialog(page)).toBeVisible();
  await expectNoSeriousViolations(page, 'the remove person dialog');
  await dialog(page).getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Chris Student has been removed' })).toBeVisible();

  // Papers: one recipient a line.
  await page.getByLabel('Sent to').fill('Margaret Ellis\nDavid Okafor\n');
  await page.getByLabel('How they were sent').fill('Secure email');
  await page.getByRole('button', { name: 'Record papers sent' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Papers recorded as sent to 2 recipients.' })).toBeVisible();
  const papers = page.getByRole('table', { name: 'Papers sent' });
  await expect(papers).toContainText('David Okafor');
  await expect(papers).toContainText('23 November 2026');

  // Withdraw the business item, with a reason.
  await page.getByRole('link', { name: '2. Quality assurance or business item' }).click();
  await page.getByRole('button', { name: 'Defer, move or withdraw' }).click();
  await dialog(page).getByRole('button', { name: 'Save' }).click();
  await expect(dialog(page).getByRole('alert')).toContainText('Enter the reason');
  await expectNoSeriousViolations(page, 'the defer, move or withdraw dialog with errors');
  await dialog(page).getByLabel('Withdraw it (it will not come to panel)').check();
  await dialog(page).getByLabel('Reason').fill('Forms not returned in time');
  await dialog(page).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').first()).toHaveText('The item has been withdrawn.');
  await expect(page.getByRole('region', { name: 'History' })).toContainText('Withdrawn');
  await page.getByRole('link', { name: 'Back to the sitting on Tuesday 9 February 2027' }).click();

  // Cancel: the approval item moves to the later sitting.
  await page.getByRole('button', { name: 'Cancel sitting' }).click();
  await dialog(page).getByRole('button', { name: 'Cancel sitting' }).click();
  await expect(dialog(page).getByRole('alert')).toContainText('Enter the reason for cancelling');
  await expectNoSeriousViolations(page, 'the cancel sitting dialog');
  await dialog(page).getByLabel('Reason for cancelling').fill('The chair is unwell');
  await dialog(page)
    .getByLabel('What should happen to the open item?')
    .selectOption({ label: 'Move them to Tuesday 23 February 2027, 09:30 (main)' });
  await dialog(page).getByRole('button', { name: 'Cancel sitting' }).click();
  await expect(page.getByRole('status').first()).toHaveText(
    'The sitting has been cancelled. Its 1 open item has been moved to the sitting on Tuesday 23 February 2027, 09:30 (main).',
  );
  await expect(page.getByRole('definition').filter({ hasText: 'The chair is unwell' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel sitting' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Back to sittings' }).click();
  await expect(page.getByRole('link', { name: 'Tuesday 9 February 2027' })).toHaveCount(0);
  await page.getByLabel('Include cancelled sittings').check();
  await expect(page.getByRole('row', { name: /Tuesday 9 February 2027/ })).toContainText('Cancelled');
  await page.getByRole('link', { name: 'Tuesday 23 February 2027' }).click();
  await expect(page.getByRole('table', { name: 'Agenda items in order' })).toContainText('FC-2026-002');
  await page.getByRole('link', { name: '1. Approval (mainstream)' }).click();
  await expect(page.getByRole('region', { name: 'History' })).toContainText('Brought forward');
});

test('reorders the agenda from the keyboard, keeping focus on the moved item', async ({ page }) => {
  const sitting = await addSitting(page, '2027-03-09');
  await addItem(page, sitting, { itemType: 'business', title: 'Annual report' });
  await addItem(page, sitting, { itemType: 'business', title: 'Training plan' });
  await openSitting(page, 'Tuesday 9 March 2027');
  const rows = page.getByRole('table', { name: 'Agenda items in order' }).getByRole('row');

  await page.getByRole('button', { name: 'Move down item 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(rows.nth(1)).toContainText('Training plan');
  await expect(rows.nth(2)).toContainText('Annual report');
  await expect(page.getByRole('button', { name: 'Move up item 2' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'moved down to position 2' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(rows.nth(1)).toContainText('Annual report');
  await expect(page.getByRole('button', { name: 'Move down item 1' })).toBeFocused();
});
