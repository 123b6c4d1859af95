import { expectNoSeriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';

test('keeps each applicant’s title and a preferred form of address, and shows how letters will greet them', async ({
  page,
}) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Households' }).click();
  await page.getByRole('link', { name: 'Add a household' }).click();
  await page.getByLabel('Reference').fill('FC-2026-044');
  await page.getByLabel('Display name').fill('Mr R and Revd J');
  await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Mainstream' });
  await page.getByLabel("First applicant's title (optional)").selectOption('Mr');
  await page.getByLabel("First applicant's full name").fill('Sam Rahman');
  // A title for a second applicant who is not named is refused beside the title, and nothing typed is lost.
  await page.getByLabel("Second applicant's title (optional)").selectOption({ label: 'Other (type it)' });
  await page.getByLabel("Second applicant's title, as it should be printed").fill('Revd');
  await page.getByRole('button', { name: 'Add household' }).click();
  const summary = page.getByRole('alert').first();
  await expect(summary).toContainText('Enter the second applicant’s name, or leave their title blank');
  await expectNoSeriousViolations(page, 'the household form with a title refused');
  await summary.getByRole('link', { name: 'Enter the second applicant’s name, or leave their title blank' }).click();
  await expect(page.getByLabel("Second applicant's title, as it should be printed")).toBeFocused();

  await page.getByLabel("Second applicant's full name (optional)").fill('Alex Jones');
  await page.getByLabel('Address (optional)').fill('4 Mill Lane\nOldtown OT4 4DD');
  await page.getByRole('button', { name: 'Add household' }).click();
  await expect(page.getByRole('status').first()).toContainText('Mr R and Revd J (FC-2026-044) has been added.');
  await expect(page.getByRole('definition').filter({ hasText: 'Mr Sam Rahman and Revd Alex Jones' })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Dear Mr Rahman and Revd Jones,' })).toBeVisible();

  await page.getByRole('link', { name: 'Edit details' }).click();
  await expect(page.getByLabel("Second applicant's title (optional)")).toHaveValue('other');
  await expect(page.getByLabel("Second applicant's title, as it should be printed")).toHaveValue('Revd');
  await page.getByLabel('Preferred greeting in letters (optional)').fill('Sam and Alex');
  await expectNoSeriousViolations(page, 'the household form with titles');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').first()).toContainText('details have been saved.');
  await expect(page.getByRole('definition').filter({ hasText: 'Dear Sam and Alex,' })).toBeVisible();
});
