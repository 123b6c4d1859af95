import type { Page } from '@playwright/test';
import { rpcOrThrow } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { expect, fillDate, test } from './support/fixtures';
import { addHousehold, addItem, addSitting } from './support/sittings';

const rows = (page: Page) => page.locator('table tbody tr');

test('the audit trail names its records, filters by household and shows a settings change in words', async ({
  page,
}) => {
  const ours = await addHousehold(page, 'HH-2026-014', 'Mr and Mrs Rowe');
  const theirs = await addHousehold(page, 'HH-2026-020', 'Ms Patel');
  const sitting = await addSitting(page, '2027-03-05');
  await addItem(page, sitting, { householdId: theirs, itemType: 'approval_mainstream' });
  await addItem(page, sitting, { householdId: ours, itemType: 'approval_mainstream' });
  const settings = (await rpcOrThrow(page, 'settings:get', {})) as {
    quorum: Record<string, unknown>;
    version: number;
  };
  await rpcOrThrow(page, 'settings:update', {
    version: settings.version,
    quorum: { ...settings.quorum, minimumMembers: 6 },
  });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit trail' }).click();
  await expect(page.getByRole('heading', { name: 'Audit trail', exact: true })).toBeVisible();

  // Each entry names what it concerns in words, never an id.
  const settingsRow = rows(page).filter({ hasText: 'Changed the settings' });
  await expect(settingsRow).toContainText('Settings');
  await expect(settingsRow.getByRole('listitem')).toHaveText(['Quorum: members present changed from 5 to 6']);
  await expect(rows(page).filter({ hasText: 'Added an agenda item' }).first()).toContainText(
    'Sitting on 5 March 2027, item 2 (Household HH-2026-014)',
  );
  await expect(rows(page).filter({ hasText: 'Added a sitting' })).toContainText('Sitting on 5 March 2027');
  await expect(rows(page).filter({ hasText: 'Added a household' }).first()).toContainText('Household HH-2026-020');
  // The record column has no ids (the ids are only in the data as recorded, folded away).
  await expect(page.locator('tbody td:nth-child(4)').filter({ hasText: ours })).toHaveCount(0);
  await expect(page.locator('tbody td:nth-child(4)').filter({ hasText: 'deleted record' })).toHaveCount(0);

  // The data exactly as recorded stays reachable for an auditor.
  await settingsRow.getByText('Data as recorded').click();
  await expect(settingsRow.locator('pre')).toContainText('"minimumMembers": 6');
  await expectNoSeriousViolations(page, 'the audit trail with recorded data open');

  // One household's history: its own entry and its item's, not the other household's.
  await page.getByLabel('Find a household by reference or name').fill('HH-2026-014');
  await page.getByLabel('Household', { exact: true }).selectOption({ label: 'HH-2026-014 – Mr and Mrs Rowe' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(new RegExp(`householdId=${ours}`));
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).nth(0)).toContainText('Added an agenda item');
  await expect(rows(page).nth(0)).toContainText('Sitting on 5 March 2027, item 2 (Household HH-2026-014)');
  await expect(rows(page).nth(1)).toContainText('Added a household');
  await expect(rows(page).nth(1)).toContainText('Household HH-2026-014');
  await expect(page.locator('tbody td:nth-child(4)').filter({ hasText: 'HH-2026-020' })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'the audit trail filtered by a household');

  // The sitting as well, and a record type: only the sitting's item for that household.
  await page.getByLabel('Sitting', { exact: true }).selectOption({ label: '5 March 2027' });
  await page.getByLabel('Record type').selectOption({ label: 'Agenda item' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('item 2 (Household HH-2026-014)');

  // A range that ends before it starts is refused in the form, beside the field.
  await fillDate(page, 'From (optional)', '10', '3', '2027');
  await fillDate(page, 'To (optional)', '1', '3', '2027');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeFocused();
  await expect(page.locator('#to-error')).toContainText('must be the same as or after the ‘from’ date');
  await expectNoSeriousViolations(page, 'the audit filters refused');
});
