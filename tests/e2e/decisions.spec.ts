import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { docxText } from '../factories/docx-text';
import { ADMIN, addAccount, signInAs } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { addApprovalEndsSitting, addDecisionSitting, hearRepresentations } from './support/decisions';
import { expect, fillDate, test } from './support/fixtures';
import { openSitting } from './support/sittings';
import { downloadedBy } from './support/downloads';

/** The fixed test day (E2E_TODAY): the sitting is held, minuted and sent to the ADM today. */
const TODAY = '2026-11-23';
const DAY = 'Monday 23 November 2026';
const LATER_DAY = 'Tuesday 8 December 2026';

/** One row of a summary list, by its label. */
function row(scope: Page | Locator, label: string): Locator {
  const page = 'page' in scope ? scope.page() : scope;
  const term = page.locator('dt', { hasText: new RegExp(`^${label}$`) });
  return scope.locator('.summary-row', { has: term }).locator('dd');
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Clicks a download button and returns where the app says it saved the file. */
async function download(page: Page, button: string): Promise<string> {
  const path = await downloadedBy(page, () => page.getByRole('button', { name: button }).click());
  const saved = page.locator('.download', { has: page.getByRole('button', { name: button }) }).getByRole('status');
  await expect(saved).toContainText(/Saved to .+\.docx/);
  return path;
}

async function openQueue(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'ADM decisions' }).click();
  await page.getByRole('heading', { level: 1, name: 'ADM decisions' }).waitFor();
}

test('the ADM agrees with an approval and disagrees with a termination recommendation, which runs its 28 days through representations to a final decision; letters are issued and registered', async ({
  page,
}) => {
  const setUp = await addDecisionSitting(page, TODAY);

  // The ADM's queue: both items sent today, due 7 working days later.
  await signInAs(page, setUp.adm);
  await openQueue(page);
  await expect(page.getByLabel('Only items sent to me')).toBeChecked();
  const waiting = page.getByRole('table', { name: 'Items waiting for a decision' });
  await expect(waiting.getByRole('row')).toHaveCount(3);
  const approvalRow = waiting.getByRole('row', { name: /Approval \(mainstream\), HH-201/ });
  await expect(approvalRow.getByRole('cell')).toHaveText([
    '23 November 2026',
    'Jo Baker',
    'Waiting for the ADM’s decision',
    '23 November 2026',
    '2 December 2026',
  ]);
  await expect(waiting).not.toContainText('Overdue');
  await expect(page.getByText('There are no qualifying determinations in progress.')).toBeVisible();
  await expectNoSeriousViolations(page, 'the ADM decisions queue');

  // The approval: the ADM reads the recommendation and the minutes extract, and agrees.
  await approvalRow.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Approval (mainstream): HH-201');
  const recommendation = page.getByRole('region', { name: "The panel's recommendation" });
  await expect(row(recommendation, 'Recommendation')).toHaveText('Suitable to be approved');
  await expect(row(recommendation, 'Reasons')).toHaveText('A warm, stable home with a strong support network.');
  await expect(row(recommendation, 'Terms of approval')).toHaveText('Short-term; 2 children aged 0 to 10.');
  const extract = page.getByRole('region', { name: 'Extract from the approved minutes' });
  await expect(row(extract, 'Minutes approved')).toContainText('Approved by Margaret Ellis');
  await expect(row(page, 'Decision due')).toHaveText('2 December 2026');
  await expectNoSeriousViolations(page, 'the decision page before deciding');

  const decision = page.getByRole('region', { name: "The ADM's decision" });
  await decision.getByRole('radio', { name: 'I agree with the panel: Approve as a foster carer' }).check();
  await expect(decision.getByLabel('Number of children')).toHaveValue('2');
  const decidedOn = decision.getByRole('group', { name: 'Date of the decision' });
  await expect(decidedOn.getByLabel('Day')).toHaveValue('23');
  await expect(decidedOn.getByLabel('Month')).toHaveValue('11');
  await expect(decidedOn.getByLabel('Year')).toHaveValue('2026');
  await decision.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.locator('.notice-banner')).toHaveText(
    'Your decision has been recorded: Approve as a foster carer.',
  );
  await expect(row(decision, 'Decision')).toHaveText('Approve as a foster carer');
  await expect(row(page, 'Status').first()).toHaveText('Decided');
  const approval = page.getByRole('region', { name: "The household's current approval" });
  await expect(row(approval, 'Status')).toHaveText('Approved');
  await expect(row(approval, 'Approved on')).toHaveText('23 November 2026');

  // The applicant is told orally (within 2 working days): when, and by whom.
  await expect(row(decision, 'Applicant told orally')).toHaveText('Not recorded yet');
  const told = decision.getByRole('form', { name: 'Record that the applicant was told orally' });
  await told.getByLabel('Told by').fill('Sam Social');
  await told.getByRole('button', { name: 'Record as told' }).click();
  await expect(page.locator('.notice-banner')).toHaveText(
    'Recorded: the applicant was told orally on 23 November 2026 by Sam Social.',
  );
  await expect(row(decision, 'Applicant told orally')).toHaveText('23 November 2026 by Sam Social');

  const approvalLetter = await download(page, 'Download the approval letter (DOCX)');
  const approvalHash = sha256(approvalLetter);
  const approvalText = docxText(approvalLetter);
  expect(approvalText).toContain('Grace Okafor');
  expect(approvalText).toContain('Daniel Okafor');
  expect(approvalText).toContain('I have decided to approve you as foster carers');
  expect(approvalText).toContain('23 November 2026');

  // The termination: the panel said "do not terminate"; the ADM disagrees, with reasons.
  await openQueue(page);
  await waiting.getByRole('link', { name: 'Termination of approval, HH-202' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Termination of approval: HH-202');
  await decision.getByRole('radio', { name: 'I disagree with the panel' }).check();
  await decision.getByRole('radio', { name: 'Terminate approval (qualifying determination)' }).check();
  await expect(decision.getByText('This is a qualifying determination.')).toBeVisible();
  await decision.getByRole('button', { name: 'Record the decision' }).click();
  const problem = page.getByRole('alert');
  await expect(problem).toBeFocused();
  await expect(problem).toContainText('Give your reasons for disagreeing with the panel');
  await expect(decision.getByRole('radio', { name: 'Terminate approval (qualifying determination)' })).toBeChecked();
  await expectNoSeriousViolations(page, 'the decision form with an error');
  await problem.getByRole('link', { name: 'Give your reasons for disagreeing with the panel' }).click();
  await expect(decision.getByLabel('Your reasons')).toBeFocused();
  await decision.getByLabel('Your reasons').fill('Repeated failures to safeguard the children placed.');
  await decision.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.locator('.notice-banner')).toContainText(
    'Your decision has been recorded: Terminate approval (qualifying determination). It is a qualifying determination',
  );
  const determination = page.getByRole('region', { name: 'Qualifying determination' });
  await expect(row(determination, 'Letter dated')).toHaveText('Not dated yet: the 28-day window opens when it is');
  const final = page.getByRole('region', { name: 'Final decision' });
  await expect(final).toContainText('Record the date of the qualifying determination letter first.');

  // The app ships no IRM details: until the administrator enters them the letter can be neither dated nor made,
  // and the page says why.
  await signInAs(page, ADMIN);
  await expect(determination).toContainText('The letter cannot be dated yet');
  await expect(determination.getByRole('button', { name: 'Record the letter date' })).toHaveCount(0);
  const letters = page.getByRole('region', { name: 'Letters' });
  await expect(letters).toContainText(
    'The qualifying determination letter cannot be made yet. The Independent Review Mechanism’s contact details (name, address, telephone and website) have not been entered. An administrator enters them in Settings',
  );
  await expect(page.getByRole('button', { name: 'Download the qualifying determination letter (DOCX)' })).toHaveCount(
    0,
  );
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backups' }).click();
  const irm = page.getByRole('group', { name: 'Independent Review Mechanism (IRM)' });
  await expect(irm).toContainText('Until all four are entered, qualifying determination letters cannot be issued.');
  await irm.getByLabel('Name').fill('Independent Review Mechanism (test details)');
  await irm.getByLabel('Postal address').fill('Review House\n1 Example Street\nLeeds LS1 4AP');
  await irm.getByLabel('Telephone').fill('0113 496 0000');
  await irm.getByLabel('Website').fill('http://irm.example.org.uk');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter the IRM’s website as an address starting https://');
  await expect(irm.getByLabel('Telephone')).toHaveValue('0113 496 0000');
  await irm.getByLabel('Website').fill('irm.example.org.uk');
  await page.getByRole('button', { name: 'Save settings' }).click();
  // The region holds two forms, each with its own status line (the service's settings, and other computers').
  await expect(
    page
      .getByRole('region', { name: 'Settings' })
      .getByRole('status')
      .filter({ hasText: 'The settings have been saved.' }),
  ).toHaveText('The settings have been saved.');
  await page.goBack();

  // The administrator dates the letter: the 28-day window opens.
  await expect(determination.getByRole('group', { name: 'Date of the letter' }).getByLabel('Day')).toHaveValue('23');
  await determination.getByRole('button', { name: 'Record the letter date' }).click();
  await expect(page.locator('.notice-banner')).toHaveText(
    'The letter is dated 23 November 2026. The 28-day window ends on 21 December 2026.',
  );
  await expect(row(determination, '28-day window ends')).toHaveText('21 December 2026');
  const qdLetter = docxText(await download(page, 'Download the qualifying determination letter (DOCX)'));
  expect(qdLetter).toContain('Jane Smith');
  expect(qdLetter).toContain('21 December 2026');
  expect(qdLetter).toContain('Repeated failures to safeguard the children placed.');
  expect(qdLetter).toContain('Independent Review Mechanism (test details)');
  expect(qdLetter).toContain('Website: irm.example.org.uk');

  await openQueue(page);
  const determinations = page.getByRole('table', { name: 'Qualifying determinations' });
  await expect(determinations.getByRole('row', { name: /HH-202/ })).toContainText('21 December 2026');

  // Representations arrive within the window: back to panel at the next planned sitting.
  await determinations.getByRole('link', { name: 'Termination of approval, HH-202' }).click();
  await determination.getByRole('radio', { name: /Written representations to the agency/ }).check();
  await determination
    .getByLabel('Sitting that will hear the representations')
    .selectOption({ label: `${LATER_DAY}, 09:30` });
  await determination.getByRole('button', { name: 'Record the route' }).click();
  await expect(page.locator('.notice-banner')).toHaveText(
    `Recorded: written representations. They are on the agenda of the sitting on ${LATER_DAY}.`,
  );
  await expect(final).toContainText('The panel has not yet made its fresh recommendation on the representations.');
  await determination.getByRole('link', { name: `On the agenda of the sitting on ${LATER_DAY}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Item 1: Representations after a qualifying determination',
  );
  await page.getByRole('link', { name: `Back to the sitting on ${LATER_DAY}` }).click();
  await expect(page.getByRole('link', { name: /^1\. Representations after a qualifying determination/ })).toBeVisible();

  // The panel hears them; then the ADM makes the final decision.
  await hearRepresentations(page, setUp.laterSittingId, setUp.memberIds);
  await signInAs(page, setUp.adm);
  await openQueue(page);
  const ready = waiting.getByRole('row', { name: /HH-202/ });
  await expect(ready).toContainText('Final decision due');
  await ready.getByRole('link').click();
  await expect(row(determination, "The panel's fresh recommendation")).toContainText(
    'The original recommendation stands',
  );
  await final.getByRole('radio', { name: 'Terminate approval (qualifying determination)' }).check();
  await final
    .getByLabel('Reasons for the final decision')
    .fill('Having considered the representations and the panel’s fresh recommendation, approval ends.');
  await final.getByRole('button', { name: 'Record the final decision' }).click();
  await expect(page.locator('.notice-banner')).toHaveText(
    'The final decision has been recorded: Terminate approval (qualifying determination).',
  );
  await expect(row(page, 'Status').first()).toHaveText('Final decision made');
  await expect(row(final, 'Final decision')).toHaveText('Terminate approval (qualifying determination)');
  await expect(row(page, 'Approval ends')).toHaveText('23 November 2026');
  const finalLetter = docxText(await download(page, 'Download the final decision letter (DOCX)'));
  expect(finalLetter).toContain('Jane Smith');
  expect(finalLetter).toContain('Having considered the representations');
  await expect(page.getByRole('button', { name: 'Download the termination letter (DOCX)' })).toBeVisible();

  // The register holds the approval letter byte for byte, and produces it again identically.
  await signInAs(page, ADMIN);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Issued documents' }).click();
  await page.getByLabel('Kind of document').selectOption({ label: 'Approval letter' });
  await expect(page.getByRole('status').filter({ hasText: 'shown' })).toHaveText('1 document shown');
  const registered = page.getByRole('row', { name: /Approval letter/ });
  await expect(registered.getByRole('cell').nth(1)).toHaveText('HH-201');
  await expect(registered.getByRole('cell').nth(3)).toHaveText('Jo Baker');
  const fingerprint = registered.locator('summary');
  await expect(fingerprint).toContainText(approvalHash.slice(0, 12));
  await fingerprint.click();
  await expect(registered.locator('code.hash')).toHaveText(approvalHash);
  await expectNoSeriousViolations(page, 'the issued documents register');
  const again = await downloadedBy(page, () => registered.getByRole('button', { name: /^Save again/ }).click());
  await expect(registered.getByRole('status')).toContainText(/Saved to .+\.docx/);
  expect(sha256(again)).toBe(approvalHash);
});

/** A 1×1 PNG. */
const LOGO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

test('the letterhead is set in the settings; a resignation is noted and an extension approved once, each with its letter', async ({
  page,
}) => {
  await addApprovalEndsSitting(page, TODAY);
  const officer = await addAccount(page, {
    username: 'nina.officer',
    displayName: 'Nina Officer',
    roles: ['nominated_officer'],
  });
  // Making the account logged the administrator out and in again behind the page.
  await page.reload();

  // The letterhead: a mistyped email is refused, and nothing typed is lost.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backups' }).click();
  const settings = page.getByRole('region', { name: 'Settings' });
  await settings.getByLabel('Name of the fostering service').fill('Shire County Council Fostering Service');
  await settings.getByLabel('Postal address (optional)').fill('County Hall\nShire Street\nShiretown SH1 1AA');
  await settings.getByLabel('Telephone (optional)').fill('01234 567890');
  await settings.getByLabel('Email address (optional)').fill('fostering at shire');
  await settings.getByLabel('Logo (optional)').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: LOGO });
  await expect(settings.getByRole('img', { name: 'The logo as letters will show it' })).toBeVisible();
  await settings.getByRole('button', { name: 'Save settings' }).click();
  const problem = page.getByRole('alert');
  await expect(problem).toBeFocused();
  await expect(problem).toContainText('Enter an email address like fostering@example.gov.uk');
  await expect(settings.getByLabel('Postal address (optional)')).toHaveValue(
    'County Hall\nShire Street\nShiretown SH1 1AA',
  );
  await expectNoSeriousViolations(page, 'the settings with an error');
  await settings.getByLabel('Email address (optional)').fill('fostering@shire.example.gov.uk');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings.getByRole('status').filter({ hasText: 'The settings have been saved.' })).toHaveText(
    'The settings have been saved.',
  );

  // The administrator records when the written notice came: approval ends 28 days later.
  await openSitting(page, DAY);
  await page.getByRole('link', { name: /^1\. / }).click();
  const resignation = page.getByRole('region', { name: 'Resignation' });
  await fillDate(page, 'Date the written notice was received', '20', '11', '2026');
  await resignation.getByRole('button', { name: 'Record the notice' }).click();
  await expect(page.locator('.notice-banner')).toHaveText(
    'The resignation has been recorded. The approval ends on 18 December 2026.',
  );
  await expect(row(resignation, 'Approval ends')).toHaveText('18 December 2026');
  const acknowledgement = docxText(await download(page, 'Download the resignation acknowledgement (DOCX)'));
  expect(acknowledgement).toContain('Arjun Patel');
  expect(acknowledgement).toContain('18 December 2026');
  expect(acknowledgement).toContain('Shire County Council Fostering Service');
  expect(acknowledgement).toContain('Shiretown SH1 1AA');

  // The nominated officer approves one extension of at most 8 weeks.
  await signInAs(page, officer);
  await openSitting(page, DAY);
  await page.getByRole('link', { name: /^2\. / }).click();
  const extension = page.getByRole('region', { name: 'Extension of temporary approval' });
  await expect(row(extension, 'Ends without an extension')).toHaveText('27 December 2026');
  await expect(row(extension, 'Latest end with an extension')).toHaveText('21 February 2027');
  await expect(extension.getByText('The temporary approval extension letter cannot be made yet.')).toBeVisible();
  await fillDate(page, 'New end date', '22', '2', '2027');
  await fillDate(page, "Date the child's IRO was told", '23', '11', '2026');
  await extension.getByRole('button', { name: 'Approve the extension' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'An extension can be at most 8 weeks: the latest end date is 21 February 2027',
  );
  await expectNoSeriousViolations(page, 'the extension form with an error');
  await fillDate(page, 'New end date', '21', '2', '2027');
  await extension.getByRole('button', { name: 'Approve the extension' }).click();
  await expect(page.locator('.notice-banner')).toHaveText(
    'The extension has been approved: temporary approval now ends on 21 February 2027.',
  );
  await expect(row(extension, 'Extended to')).toHaveText('21 February 2027');
  await expect(extension).toContainText('CPPCR regulation 25 allows one extension of up to 8 weeks');
  await expect(extension).toContainText(
    'only until the outcome of an Independent Review Mechanism (IRM) review is known',
  );
  await expect(extension.getByRole('button', { name: 'Approve the extension' })).toHaveCount(0);
  const letter = docxText(await download(page, 'Download the temporary approval extension letter (DOCX)'));
  expect(letter).toContain('Mary Jones');
  expect(letter).toContain('21 February 2027');
});
