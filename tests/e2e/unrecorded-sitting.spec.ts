import { expectNoSeriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { addHousehold, addItem, addSitting } from './support/sittings';

test('a sitting whose day passed unrecorded stays on the dashboard and says on itself what to record', async ({
  page,
}) => {
  // Today is 23 November 2026: the sitting on 16 November was never recorded as held, with an approval on it.
  const sittingId = await addSitting(page, '2026-11-16');
  const householdId = await addHousehold(page, 'CP-2026-040', 'Mrs Adeyemi (grandmother)');
  await addItem(page, sittingId, { itemType: 'approval_mainstream', householdId });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Due and overdue' }).click();
  const entry = page.getByRole('link', { name: 'Record what happened at the sitting on 16 November 2026' });
  await expect(entry).toBeVisible();
  await entry.click();

  await expect(page.getByRole('heading', { level: 1, name: /Sitting on .*16 November 2026/ })).toBeVisible();
  const banner = page.getByRole('region', { name: 'Record what happened at the sitting on 16 November 2026' });
  await expect(banner).toContainText('still recorded as planned');
  await expect(page.getByText('CP-2026-040').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'a sitting whose day passed unrecorded');
});
