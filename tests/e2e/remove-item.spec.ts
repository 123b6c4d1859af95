import { expectNoSeriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { addHousehold, addItem, addSitting } from './support/sittings';

test('an item added in error is removed before the papers go out, with a reason, and leaves the agenda', async ({
  page,
}) => {
  const sittingId = await addSitting(page, '2026-12-14');
  const householdId = await addHousehold(page, 'FC-2026-051', 'Mr and Mrs Rahman');
  await addItem(page, sittingId, { itemType: 'approval_mainstream', householdId });
  await addItem(page, sittingId, { itemType: 'business', title: 'Duplicate of item 1' });

  await page.goto(`${new URL(page.url()).origin}/#/sittings/${sittingId}`);
  await page.getByRole('link', { name: /2\. Quality assurance or business item/ }).click();
  await page.getByRole('button', { name: 'Remove (added in error)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove Quality assurance or business item from the agenda' });
  await dialog.getByRole('button', { name: 'Remove the item' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await expectNoSeriousViolations(page, 'removing an item, with a mistake');
  await dialog.getByLabel('Why is it being removed?').fill('Added twice by mistake');
  await dialog.getByRole('button', { name: 'Remove the item' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /Sitting on/ })).toBeVisible();
  await expect(page.getByText('The item has been removed from the agenda.')).toBeVisible();
  await expect(page.getByText('Duplicate of item 1')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /1\. Approval \(mainstream\)/ })).toBeVisible();
});
