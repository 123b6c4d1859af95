import { rpcOrThrow } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { addSittingWithConflict, openSitting } from './support/sittings';

const DAY = 'Tuesday 8 December 2026';

test('the chair withdraws from an item: the vice chair is chosen to preside it, and quorum follows', async ({
  page,
}) => {
  const { memberIds, itemIds } = await addSittingWithConflict(page, '2026-12-08');
  await rpcOrThrow(page, 'items:declare', {
    itemId: itemIds[0],
    memberId: memberIds['Margaret Ellis'],
    interest: 'Taught the applicants’ children',
    withdrew: true,
  });
  await openSitting(page, DAY);
  await page.getByRole('link', { name: /^1\. / }).click();
  const section = page.getByRole('region', { name: 'Presiding this item' });
  await expect(section).toContainText('Margaret Ellis, presiding at this sitting, had withdrawn from this item.');
  await expect(page.locator('.quorum-failures')).toContainText('had withdrawn from this item');
  await expectNoSeriousViolations(page, 'an item the chair withdrew from');

  const select = section.getByLabel('Presiding this item');
  // Margaret Ellis declared an interest: only the vice chair is offered.
  await expect(select.locator('option')).toHaveText(['The sitting’s presider', 'David Okafor (Vice chair)']);
  await select.selectOption({ label: 'David Okafor (Vice chair)' });
  await section.getByRole('button', { name: 'Save who presides' }).click();
  await expect(page.locator('.notice-banner')).toHaveText('Who presides this item has been saved.');
  await expect(section).toContainText('Presided by David Okafor (vice chair) for this item; the chair had withdrawn.');
  await expect(page.locator('dl').getByText('Quorate', { exact: true })).toBeVisible();
});

test('the service’s recommendation is recorded with the papers, kept on the item, and reasons need a recommendation', async ({
  page,
}) => {
  await addSittingWithConflict(page, '2026-12-08');
  await openSitting(page, DAY);
  await page.getByRole('link', { name: /^1\. / }).click();
  const section = page.getByRole('region', { name: 'The service’s recommendation' });
  await section.getByLabel('What the report recommends').selectOption({ label: 'Suitable to be approved' });
  await section.getByLabel('The service’s reasons (optional)').fill('Strong references and a settled home.');
  await section.getByRole('button', { name: 'Save the service’s recommendation' }).click();
  await expect(page.locator('.notice-banner')).toHaveText('The service’s recommendation has been saved.');
  await expect(section.getByLabel('What the report recommends')).toHaveValue('suitable');
  await expect(section.getByLabel('The service’s reasons (optional)')).toHaveValue(
    'Strong references and a settled home.',
  );
  await expectNoSeriousViolations(page, 'the service’s recommendation form');

  // Reasons without a recommendation are refused beside the field.
  await section.getByLabel('What the report recommends').selectOption({ label: 'Not recorded' });
  await section.getByRole('button', { name: 'Save the service’s recommendation' }).click();
  await expect(page.getByRole('alert')).toContainText('Choose what the service recommends before giving its reasons');
});
