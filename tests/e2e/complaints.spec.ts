import { rpcOrThrow } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { expect, fillDate, test } from './support/fixtures';
import { addHousehold, addItem, addSitting } from './support/sittings';

test('logs a complaint and records its outcome, adds a feedback form on an item, and exports a household', async ({
  page,
}) => {
  const householdId = await addHousehold(page, 'FC-2026-031', 'Mr and Mrs Rowe');
  const sittingId = await addSitting(page, '2026-11-23');
  await addItem(page, sittingId, { householdId, itemType: 'approval_mainstream' });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Complaints and feedback' }).click();
  await expect(page.getByRole('heading', { name: 'Complaints and feedback', level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page, 'the complaints and feedback page');

  // A complaint, logged while open.
  await page.getByRole('button', { name: 'Add a complaint' }).click();
  let dialog = page.getByRole('dialog', { name: 'Add a complaint' });
  await dialog.getByLabel('Who made the complaint').selectOption({ label: 'Applicant' });
  await dialog.getByLabel('Summary of the complaint').fill('The applicants felt rushed & unheard.');
  await dialog.getByLabel('Household it is about (optional)').selectOption({ label: 'FC-2026-031 – Mr and Mrs Rowe' });
  await fillDate(page, 'Date received', '30', '11', '2026');
  await dialog.getByRole('button', { name: 'Add complaint' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The date the complaint was received cannot be in the future');
  await expect(dialog.getByLabel('Summary of the complaint')).toHaveValue('The applicants felt rushed & unheard.');
  await expectNoSeriousViolations(page, 'the complaint form with an error');
  await fillDate(page, 'Date received', '20', '11', '2026');
  await dialog.getByRole('button', { name: 'Add complaint' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'has been added' })).toContainText(
    'The complaint received on 20 November 2026 has been added.',
  );
  const complaints = page.getByRole('table', { name: 'Complaints' });
  await expect(complaints).toContainText('The applicants felt rushed & unheard.');
  await expect(complaints).toContainText('Household FC-2026-031');
  await expect(complaints).toContainText('Open');

  // Its outcome: a closed date needs an outcome first.
  await page.getByRole('button', { name: 'Record the outcome of the complaint received on 20 November 2026' }).click();
  dialog = page.getByRole('dialog', { name: 'Complaint received on 20 November 2026' });
  await fillDate(page, 'Date closed (optional)', '23', '11', '2026');
  await dialog.getByRole('button', { name: 'Save complaint' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Record the outcome before closing the complaint');
  await dialog.getByLabel('Outcome (optional until it is closed)').fill('Apology given; more time allowed in future.');
  await dialog.getByRole('button', { name: 'Save complaint' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'has been updated' })).toBeVisible();
  await expect(complaints).toContainText('Apology given; more time allowed in future.');
  await expect(complaints).toContainText('23 November 2026');

  // A feedback form on the approval item: the rating is required.
  await page.getByRole('button', { name: 'Add a feedback form' }).click();
  dialog = page.getByRole('dialog', { name: 'Add a feedback form' });
  await dialog.getByLabel('Sitting', { exact: true }).selectOption({ label: '23 November 2026 (main)' });
  await dialog
    .getByLabel('Item it is about (optional)')
    .selectOption({ label: 'Item 1: Approval (mainstream), FC-2026-031' });
  await dialog.getByLabel('From').selectOption({ label: 'Applicant' });
  await dialog.getByLabel('Comments (optional)').fill('The chair put us at ease.');
  await dialog.getByRole('button', { name: 'Add feedback form' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Choose a rating from 1 to 5');
  await expectNoSeriousViolations(page, 'the feedback form with an error');
  await dialog.getByRole('group', { name: 'Rating' }).getByLabel('4').check();
  await dialog.getByRole('button', { name: 'Add feedback form' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'feedback form on the sitting' })).toContainText(
    'The feedback form on the sitting of 23 November 2026 has been added.',
  );
  const feedback = page.getByRole('table', { name: 'Feedback forms' });
  await expect(feedback).toContainText('Item 1: Approval (mainstream), FC-2026-031');
  await expect(feedback).toContainText('4 out of 5');
  await expect(feedback).toContainText('The chair put us at ease.');
  await expect(page.getByText('1 form, average rating 4.0 out of 5')).toBeVisible();
  await expectNoSeriousViolations(page, 'the complaints and feedback page with records');

  // Filtered by sitting as the choice changes (the filter is on the forms scaffold).
  const earlier = await addSitting(page, '2026-10-26');
  await rpcOrThrow(page, 'feedback:create', {
    receivedOn: '2026-10-27',
    fromKind: 'applicant',
    sittingId: earlier,
    itemId: null,
    rating: 2,
    comment: 'We waited a long time.',
  });
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Complaints and feedback' }).click();
  await expect(page.getByText('2 forms, average rating 3.0 out of 5')).toBeVisible();
  await page
    .getByRole('form', { name: 'Filter feedback forms' })
    .getByLabel('Sitting', { exact: true })
    .selectOption({ label: '23 November 2026 (main)' });
  await expect(page.getByText('1 form, average rating 4.0 out of 5')).toBeVisible();

  // The household's records, for a subject access request: main saves the zip.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Households' }).click();
  await page.getByRole('link', { name: 'FC-2026-031' }).click();
  await page.getByRole('button', { name: 'Export everything held (subject access)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toContainText(
    'subject-access-FC-2026-031-2026-11-23.zip',
  );

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Records retention' }).click();
  await expect(page.getByRole('heading', { name: 'Records retention', level: 1 })).toBeVisible();
  await expect(page.getByText('No records are past their retention date.')).toBeVisible();
  await expectNoSeriousViolations(page, 'the records retention page');
});
