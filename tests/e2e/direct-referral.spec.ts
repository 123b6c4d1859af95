import { addAccount, rpcOrThrow, signInAs } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { expect, fillDate, test } from './support/fixtures';

test('an exemption switched off at panel goes straight to the ADM, who decides on the service’s report', async ({
  page,
}) => {
  const adm = await addAccount(page, { username: 'priya.shah', displayName: 'Priya Shah', roles: ['adm'] });
  const created = (await rpcOrThrow(page, 'households:create', {
    reference: 'HH-301',
    displayName: 'Mr and Mrs Kindly',
    applicantNames: ['Jo Kindly', 'Sam Kindly'],
    householdType: 'mainstream',
    children: [],
  })) as { id: string; version: number };
  await rpcOrThrow(page, 'households:changeStatus', {
    id: created.id,
    version: created.version,
    status: 'approved',
    effectiveDate: '2024-05-01',
    approvalDate: '2024-05-01',
    terms: {
      typesOfCare: ['long_term'],
      numberOfChildren: 2,
      ageFrom: 0,
      ageTo: 17,
      gender: 'any',
      namedChildren: [],
      siblingGroup: true,
    },
  });

  // The window saw the set-up's logouts and logins; reloading shows it the administrator's session again.
  await page.reload();
  // The administrator switches exemptions off at panel.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rules and clocks' }).click();
  const exemption = page.getByLabel('Exemption from the usual fostering limit goes to panel');
  await expect(exemption).toBeChecked();
  await exemption.uncheck();
  await page.getByRole('button', { name: 'Save which cases go to panel' }).click();
  await expect(page.getByText('Which cases go to panel has been saved.')).toBeVisible();

  // From the household, the case goes to the ADM; a mistake is explained and nothing typed is lost.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Households' }).click();
  await page.getByRole('link', { name: 'HH-301' }).click();
  await page.getByRole('link', { name: 'Send a case straight to the ADM (without panel)' }).click();
  await expect(page.getByRole('heading', { name: 'Send straight to the ADM: HH-301', level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page, 'the send straight to the ADM form');
  await page.getByLabel('Exemption from the usual fostering limit').check();
  await page.getByLabel('Recommend the exemption', { exact: true }).check();
  // The exemption names the children it covers and its conditions (Children Act 1989 Sch. 7).
  await page.getByLabel('Children the exemption covers (initials, separated by commas)').fill('AB, CD, EF');
  await page.getByLabel('Conditions (optional)').fill('Only while the three stay together.');
  const reasons = 'A sibling group of three; the carers have room and the children know them.';
  await page.getByLabel('Reasons for the recommendation').fill(reasons);
  await page.getByLabel('Report written by').fill('Sam Social');
  await fillDate(page, 'Date of the report', '20', '11', '2026');
  await page.getByRole('button', { name: 'Send to the ADM' }).click();
  await expect(page.locator('#referAdm-error')).toContainText('Choose the agency decision maker');
  await expect(page.getByLabel('Reasons for the recommendation')).toHaveValue(reasons);
  await page.getByLabel('Agency decision maker').selectOption({ label: 'Priya Shah' });
  await page.getByRole('button', { name: 'Send to the ADM' }).click();

  await expect(page.getByRole('heading', { name: /Exemption from the usual fostering limit: HH-301/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: "The service's recommendation" })).toBeVisible();
  await expect(page.getByText('None: the service sent this case straight to the ADM')).toBeVisible();
  const exemptionSummary = page.getByRole('region', { name: 'The exemption from the usual fostering limit' });
  await expect(exemptionSummary).toContainText('Children: AB, CD, EF. Conditions: Only while the three stay together.');
  await expectNoSeriousViolations(page, 'a decision without panel');

  // The ADM agrees with the service.
  await signInAs(page, adm);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'ADM decisions' }).click();
  await page.getByRole('link', { name: /Exemption/ }).click();
  await page.getByLabel(/I agree with the service/).check();
  // The ADM grants it on the children and conditions recommended, or changes them.
  await expect(page.getByLabel('Children the exemption covers (initials, separated by commas)')).toHaveValue(
    'AB, CD, EF',
  );
  await page.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.getByText('Your decision has been recorded: Grant the exemption.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'The exemption from the usual fostering limit' })).toContainText(
    'As granted',
  );
});
