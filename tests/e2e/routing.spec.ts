import { rpcOrThrow } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { expect, fillDate, test } from './support/fixtures';
import { addHousehold, addItem, addSitting, openSitting } from './support/sittings';

const TERMS = {
  typesOfCare: ['long_term'],
  numberOfChildren: 2,
  ageFrom: 0,
  ageTo: 17,
  gender: 'any',
  namedChildren: [],
  siblingGroup: false,
};

test('approvals are not offered to skip panel: the settings say why', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rules and clocks' }).click();
  const routing = page.getByRole('form', { name: 'Which cases go to panel' });
  await expect(routing).toContainText('Approvals are not listed');
  await expect(routing).toContainText('must be considered by panel (FSR reg 25 and 27)');
  await expect(routing.getByRole('checkbox')).toHaveCount(4);
  await expect(routing.getByLabel(/Approval/)).toHaveCount(0);
  await expect(routing.getByLabel('Termination of approval goes to panel')).toBeChecked();
});

test('an application is not ready for panel until the applicant has had 10 working days with the report', async ({
  page,
}) => {
  const householdId = await addHousehold(page, 'FC-9001', 'Mr and Mrs Reader');
  const sittingId = await addSitting(page, '2027-01-12');
  await addItem(page, sittingId, { householdId, itemType: 'approval_mainstream', durationMinutes: 60 });
  await page.reload();
  await openSitting(page, 'Tuesday 12 January 2027');
  await page.getByRole('link', { name: '1. Approval (mainstream)' }).click();
  await expect(page.getByTestId('observations-clock').first()).toContainText('is not recorded');

  for (const label of ['Assessment report (Form F or equivalent)', 'Statutory checks back', 'References']) {
    await page.getByLabel(label).check();
  }
  await page.getByLabel('Medical report').check();
  await page.getByLabel('DBS checks').check();
  await fillDate(page, 'Assessment report given to the applicant', '16', '11', '2026');
  await page.getByRole('button', { name: 'Save readiness' }).click();
  await expect(page.locator('#checklist-error')).toContainText(
    'The applicant has until 30 November 2026 to send observations on the assessment report (FSR reg 26)',
  );
  await expectNoSeriousViolations(page, 'an application refused as not ready for panel');

  await fillDate(page, 'Applicant’s observations received (if any)', '20', '11', '2026');
  await page.getByRole('button', { name: 'Save readiness' }).click();
  await expect(page.getByRole('status').first()).toHaveText('The item has been saved.');
  await expect(page.getByRole('definition').filter({ hasText: '20 November 2026' })).toBeVisible();
  await expect(page.getByTestId('observations-clock').first()).toContainText('were received on 20 November 2026');
});

test('a later review is given its kind, and a review done without panel resets the next one', async ({ page }) => {
  const created = (await rpcOrThrow(page, 'households:create', {
    reference: 'FC-9002',
    displayName: 'Ms Steady',
    applicantNames: ['Sue Steady'],
    householdType: 'mainstream',
    children: [],
  })) as { id: string; version: number };
  await rpcOrThrow(page, 'households:changeStatus', {
    id: created.id,
    version: created.version,
    status: 'approved',
    effectiveDate: '2024-05-01',
    approvalDate: '2024-05-01',
    terms: TERMS,
  });
  await addSitting(page, '2027-01-12');
  await page.reload();
  await openSitting(page, 'Tuesday 12 January 2027');
  await page.getByLabel('Type of item').selectOption('other_review');
  await page.getByLabel('Household', { exact: true }).selectOption({ label: 'FC-9002 – Ms Steady' });
  await page.getByRole('button', { name: 'Add item' }).click();
  await expect(page.locator('#newItemReviewKind-error')).toContainText('Choose the kind of review');
  await page.getByLabel('Kind of review').selectOption({ label: 'Standards of care review' });
  await page.getByRole('button', { name: 'Add item' }).click();
  await expect(page.getByRole('table').first()).toContainText('Standards of care review');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Households' }).click();
  await page.getByRole('link', { name: 'FC-9002' }).click();
  const reviews = page.getByRole('region', { name: 'Reviews' });
  await expect(reviews).toContainText('Next review due by 30 April 2027');
  await fillDate(page, 'Date of the review', '20', '11', '2026');
  await reviews.getByLabel('Kind of review').selectOption({ label: 'Annual review' });
  await reviews.getByLabel('Outcome').fill('Approval continues on the same terms.');
  await reviews.getByLabel('Reviewed by').fill('Rita Reviewer, independent reviewing officer');
  await reviews.getByRole('button', { name: 'Record the review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The review has been recorded.' })).toContainText(
    'The next is due by 19 November 2027.',
  );
  await expect(reviews.getByRole('table')).toContainText('Done without panel');
  await expect(reviews).toContainText('Next review due by 19 November 2027');
  await expectNoSeriousViolations(page, 'a household with its reviews');
});
