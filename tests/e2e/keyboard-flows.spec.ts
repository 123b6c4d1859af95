import { signInAs } from './support/accounts';
import { addDecisionSitting } from './support/decisions';
import { expect, test } from './support/fixtures';
import { arrowTo, expectFocusVisible, tabTo, typeDate, typeInto } from './support/keyboard';
import { addSittingWithConflict } from './support/sittings';

/**
 * The main flows not covered by keyboard.spec.ts (add a member) and
 * sitting-keyboard.spec.ts (attendance), with page.keyboard alone: every
 * element landed on shows its focus.
 */

test('plans a sitting with the keyboard alone', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'Due and overdue', exact: true })).toBeVisible();
  await tabTo(page, 'Sittings');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Sittings' })).toBeVisible();
  await tabTo(page, 'Add a sitting');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await typeDate(page, 'date', '8', '12', '2026');
  await typeInto(page, 'startTime', '10:00');
  await typeInto(page, 'venue', 'County Hall, Room 4');
  await tabTo(page, 'Add sitting');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sitting on Tuesday 8 December 2026');
  await expect(page.getByRole('status').first()).toHaveText('The sitting on Tuesday 8 December 2026 has been added.');
  await expect(page.getByRole('definition').filter({ hasText: 'Tuesday 8 December 2026, 10:00' })).toBeVisible();
});

test('records the panel’s recommendation with the keyboard alone', async ({ page }) => {
  await addSittingWithConflict(page, '2026-12-08');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Due and overdue', exact: true })).toBeVisible();
  await tabTo(page, 'Sittings');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Tuesday 8 December 2026');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sitting on Tuesday 8 December 2026');
  await tabTo(page, /^1\. Approval/);
  await page.keyboard.press('Enter');
  const section = page.getByRole('region', { name: "Panel's recommendation" });
  await expect(section.getByText('7 members are counted for this item.')).toBeVisible();

  await tabTo(page, 'recOutcome');
  await arrowTo(page, 'Suitable to be approved');
  await tabTo(page, 'Short-term');
  await page.keyboard.press('Space');
  await typeInto(page, 'recTerms-numberOfChildren', '2');
  await typeInto(page, 'recTerms-ageTo', '10');
  await typeInto(page, 'recReasons', 'A warm, stable home with strong support.');
  await tabTo(page, 'recUnanimous');
  await page.keyboard.press('Space');
  await tabTo(page, 'Save the recommendation');
  await page.keyboard.press('Enter');
  await expect(page.locator('.notice-banner')).toHaveText(
    "The panel's recommendation has been recorded: Suitable to be approved.",
  );
  await expect(section.getByText('Short-term; 2 children aged 0 to 10.')).toBeVisible();
});

test('the ADM decides and issues the approval letter with the keyboard alone', async ({ page }) => {
  const setUp = await addDecisionSitting(page, '2026-11-23');
  await signInAs(page, setUp.adm);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await tabTo(page, 'ADM decisions');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'ADM decisions' })).toBeVisible();
  await tabTo(page, 'Approval (mainstream), HH-201');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Approval (mainstream): HH-201');

  await tabTo(page, 'decVerdict');
  await arrowTo(page, 'I agree with the panel: Approve as a foster carer');
  await tabTo(page, 'Record the decision');
  await page.keyboard.press('Enter');
  await expect(page.locator('.notice-banner')).toHaveText(
    'Your decision has been recorded: Approve as a foster carer.',
  );
  // The form goes away with the decision; focus moves to the confirmation, not back to the page.
  await expect(page.locator('.notice-banner')).toBeFocused();

  await tabTo(page, 'Download the approval letter (DOCX)');
  await page.keyboard.press('Enter');
  const saved = page.locator('.download', {
    has: page.getByRole('button', { name: 'Download the approval letter (DOCX)' }),
  });
  await expect(saved.getByRole('status')).toContainText(/Saved to .+\.docx/);
  await expectFocusVisible(page);
});
