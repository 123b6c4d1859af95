import { expectNoSeriousViolations } from './support/axe';
import { expect, fillDate, test } from './support/fixtures';
import { addMember, SOCIAL_WORKER, VICE_CHAIR } from './support/member-form';

test('central list screens have no serious or critical axe violations', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Central list' }).click();
  await expect(page.getByRole('region', { name: 'Central list checks' })).toBeVisible();
  await expectNoSeriousViolations(page, 'the empty list with warnings');

  await page.getByRole('link', { name: 'Add a member' }).click();
  await expectNoSeriousViolations(page, 'the add form');
  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoSeriousViolations(page, 'the add form with errors');

  await addMember(page, VICE_CHAIR);
  await expectNoSeriousViolations(page, 'a member’s details');

  await page.getByLabel('Training title').fill('Safeguarding');
  await fillDate(page, 'Date attended', '2', '11', '2026');
  await page.getByLabel('Hours').fill('3');
  await page.getByRole('button', { name: 'Add training' }).click();
  await expect(page.getByRole('table')).toContainText('Safeguarding');
  await expectNoSeriousViolations(page, 'a member with a training log');

  await page.getByRole('button', { name: /Remove/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSeriousViolations(page, 'the remove training dialog');
  await page.getByRole('button', { name: 'Keep it' }).click();

  await page.getByRole('button', { name: 'Record written notice' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSeriousViolations(page, 'the notice dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Record leaving' }).click();
  await fillDate(page, 'Date they left', '1', '1', '2001');
  await page.getByRole('dialog').getByRole('button', { name: 'Record leaving' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toBeVisible();
  await expectNoSeriousViolations(page, 'the leaving dialog with an error');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('link', { name: 'Edit details' }).click();
  await expectNoSeriousViolations(page, 'the edit form');

  await addMember(page, SOCIAL_WORKER);
  await page.getByRole('link', { name: 'Back to the central list' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoSeriousViolations(page, 'the list with members');
});
