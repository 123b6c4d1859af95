import { docxText } from '../factories/docx-text';
import { expectNoSeriousViolations } from './support/axe';
import { expect, fillDate, test } from './support/fixtures';
import { downloadedBy } from './support/downloads';

test('adds a connected-person household with a linked child, then records approval with terms', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Households' }).click();
  await expect(page.getByRole('heading', { name: 'Households', exact: true })).toBeVisible();
  await expectNoSeriousViolations(page, 'the households list');
  await page.getByRole('link', { name: 'Add a household' }).click();

  await page.getByLabel('Reference').fill('KC-2026-007');
  await page.getByLabel('Display name').fill('Mrs G');
  await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Connected person' });
  await page.getByLabel("First applicant's full name").fill('Gwen Grandparent');
  await fillDate(page, 'Application received (optional)', '2', '3', '2026');
  await fillDate(page, /Temporary approval date/, '2', '3', '2026');
  await page.getByRole('button', { name: 'Add a child' }).click();
  await page.getByLabel('Initials').fill('Jane Smith');
  await fillDate(page, 'Date of birth', '4', '5', '2019');
  await page.getByRole('button', { name: 'Add household' }).click();

  // Full names are refused for children: initials only, and nothing typed is lost.
  await expect(page.getByRole('alert')).toContainText("Enter the child's initials only, like JS");
  await expect(page.getByLabel('Display name')).toHaveValue('Mrs G');
  await expectNoSeriousViolations(page, 'the household form with errors');
  await page.getByLabel('Initials').fill('JS');
  await page.getByRole('button', { name: 'Add household' }).click();

  await expect(page.getByRole('status').first()).toContainText('Mrs G (KC-2026-007) has been added.');
  await expect(page.getByRole('table').first()).toContainText('JS');
  await expect(page.getByRole('definition').filter({ hasText: '2 March 2026' }).first()).toBeVisible();
  await expectNoSeriousViolations(page, 'a household');

  await page.getByRole('button', { name: 'Record a change of status' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('New status').selectOption({ label: 'Approved' });
  // A connected person's terms start as child-specific care, the type offered only to them.
  await expect(dialog.getByLabel('Child-specific (connected person)')).toBeChecked();
  await dialog.getByLabel('Short-term').check();
  await dialog.getByLabel('Named children (initials, separated by commas)').fill('JS');
  await expectNoSeriousViolations(page, 'the status change dialog');
  await dialog.getByRole('button', { name: 'Record change' }).click();
  await expect(page.getByRole('status').first()).toContainText('Mrs G is now recorded as approved.');
  await expect(
    page
      .getByRole('definition')
      .filter({ hasText: 'Short-term, child-specific (connected person); 1 child aged 0 to 18, named: JS.' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Status history' })).toContainText('Approved');

  // The end of JS's placement, which FSR reg 32 counts a connected person's retention from.
  await page.getByRole('link', { name: 'Edit details' }).click();
  await fillDate(page, 'Placement date (optional)', '2', '3', '2026');
  await fillDate(page, 'Placement ended (optional)', '20', '11', '2026');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').first()).toContainText("Mrs G's details have been saved.");
  const children = page.getByRole('table').first();
  await expect(children.getByRole('columnheader', { name: 'Placement ended' })).toBeVisible();
  await expect(children).toContainText('20 November 2026');

  await page.getByRole('link', { name: 'Back to households' }).click();
  await page.getByLabel('Search by reference or name').fill('kc-2026');
  await expect(page.getByRole('link', { name: 'KC-2026-007' })).toBeVisible();
});

test('records a written notice of resignation from the household page: approval ends 28 days later', async ({
  page,
}) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Households' }).click();
  await page.getByRole('link', { name: 'Add a household' }).click();
  await page.getByLabel('Reference').fill('FC-2026-031');
  await page.getByLabel('Display name').fill('Mr and Mrs R');
  await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Mainstream' });
  await page.getByLabel("First applicant's full name").fill('Rita Retiring');
  await page.getByRole('button', { name: 'Add household' }).click();
  await expect(page.getByRole('status').first()).toContainText('has been added.');
  await page.getByRole('button', { name: 'Record a change of status' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('New status').selectOption({ label: 'Approved' });
  await dialog.getByLabel('Short-term').check();
  await dialog.getByRole('button', { name: 'Record change' }).click();
  await expect(page.getByRole('status').first()).toContainText('is now recorded as approved.');

  // The notice is recorded when it arrives; the panel may note it later, or not at all.
  const resignation = page.getByRole('region', { name: 'Resignation' });
  await resignation.getByRole('button', { name: 'Record a resignation notice' }).click();
  await fillDate(page, 'Date the written notice was received', '24', '11', '2026');
  await resignation.getByLabel('Main reason for resigning (optional)').selectOption({ label: 'Retirement' });
  await resignation.getByRole('button', { name: 'Record the notice' }).click();
  await expect(page.getByRole('alert')).toContainText('cannot be in the future');
  await expectNoSeriousViolations(page, 'the resignation notice form with an error');
  await fillDate(page, 'Date the written notice was received', '20', '11', '2026');
  await resignation.getByRole('button', { name: 'Record the notice' }).click();
  await expect(page.getByRole('status').first()).toContainText(
    'The resignation notice has been recorded. Approval ends on 18 December 2026.',
  );
  await expect(
    page.getByRole('definition').filter({ hasText: 'Resigning, approval ends 18 December 2026' }),
  ).toBeVisible();
  await expect(resignation).toContainText('Not yet (optional)');
  await expectNoSeriousViolations(page, 'a household resigning');

  // The acknowledgement, with the date approval ends, can go out at once: no panel item is needed.
  const button = 'Download the resignation acknowledgement (DOCX)';
  const downloaded = await downloadedBy(page, () => resignation.getByRole('button', { name: button }).click());
  const saved = resignation
    .locator('.download', { has: page.getByRole('button', { name: button }) })
    .getByRole('status');
  await expect(saved).toContainText(/Saved to .+\.docx/);
  const letter = docxText(downloaded);
  expect(letter).toContain('We received your written notice on 20 November 2026.');
  expect(letter).toContain('Your approval will end on 18 December 2026');
  // In the register against the household, and saved again from there.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Issued documents' }).click();
  const registered = page.getByRole('row', { name: /Resignation acknowledgement/ });
  await expect(registered.getByRole('cell').nth(1)).toHaveText('FC-2026-031');
  await registered.getByRole('button', { name: /^Save again/ }).click();
  await expect(registered.getByRole('status')).toContainText(/Saved to .+\.docx/);
  // Searched as it is typed (the register's filter is on the forms scaffold).
  const search = page.getByLabel('Search by household reference, file name or who issued it');
  await search.fill('FC-2099');
  await expect(page.getByText('No issued documents match.')).toBeVisible();
  await search.fill('FC-2026-031');
  await expect(registered).toBeVisible();
  await page.goBack();

  await page.getByRole('link', { name: 'Back to households' }).click();
  await expect(page.getByRole('row', { name: /FC-2026-031/ })).toContainText(
    'Resigning, approval ends 18 December 2026',
  );
});
