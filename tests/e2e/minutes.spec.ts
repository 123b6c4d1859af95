import type { Locator, Page } from '@playwright/test';
import { docxText } from '../factories/docx-text';
import { ADMIN, addAccount, rpcOrThrow, signInAs, type Account } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { addSittingWithConflict, itemVersion, markHeld, openSitting, type ConflictSitting } from './support/sittings';
import { downloadedBy } from './support/downloads';
import { recommending } from '../factories/versions';

/** The fixed test day (E2E_TODAY): the sitting is held today and its minutes written the same day. */
const TODAY = '2026-11-23';
const DAY = 'Monday 23 November 2026';
const REASONS = 'A warm, stable home with a strong support network.';

/** A chair's account linked to their place on the central list, which is how the app knows who presided. */
function chairFor(page: Page, sitting: ConflictSitting, name: 'Margaret Ellis' | 'David Okafor'): Promise<Account> {
  return addAccount(page, {
    username: name.toLowerCase().replace(' ', '.'),
    displayName: name,
    roles: ['chair'],
    memberId: sitting.memberIds[name] ?? null,
  });
}

/** One row of the minutes' summary list, by its label. */
function stateRow(page: Page, label: string): Locator {
  return page.locator('.summary-row', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
}

async function openMinutes(page: Page): Promise<void> {
  await openSitting(page, DAY);
  await page.getByRole('link', { name: /^(Minutes|Write the minutes)$/ }).click();
  await page.getByRole('heading', { level: 1, name: `Minutes of the sitting on ${DAY}` }).waitFor();
}

/** Clicks a download button and reads the Word document back from where the app says it saved it. */
async function download(page: Page, button: string): Promise<string> {
  const path = await downloadedBy(page, () => page.getByRole('button', { name: button }).click());
  const saved = page.locator('.download', { has: page.getByRole('button', { name: button }) }).getByRole('status');
  await expect(saved).toContainText(/Saved to .+\.docx/);
  return docxText(path);
}

test('the chair records recommendations, the minutes are drafted, approved, amended, approved again and sent to the ADM', async ({
  page,
}) => {
  const sitting = await addSittingWithConflict(page, TODAY);
  await markHeld(page, sitting.sittingId);
  const chair = await chairFor(page, sitting, 'Margaret Ellis');
  await addAccount(page, { username: 'jo.baker', displayName: 'Jo Baker', roles: ['adm'] });

  // The presiding chair records the recommendation on the first item herself...
  await signInAs(page, chair);
  await openSitting(page, DAY);
  await page.getByRole('link', { name: /^1\. / }).click();
  const recommendation = page.getByRole('region', { name: "Panel's recommendation" });
  await recommendation.getByRole('radio', { name: 'Suitable to be approved', exact: true }).check();
  await recommendation.getByLabel('Short-term').check();
  await recommendation.getByLabel('Number of children').fill('2');
  await recommendation.getByLabel('Oldest age').fill('10');
  await recommendation.getByLabel('Reasons for the recommendation').fill(REASONS);
  await recommendation.getByLabel('The recommendation was unanimous').check();
  await recommendation.getByRole('button', { name: 'Save the recommendation' }).click();
  await expect(page.locator('.notice-banner')).toHaveText(
    "The panel's recommendation has been recorded: Suitable to be approved.",
  );

  // ...and is refused on the second, where the member who withdrew leaves no qualified social worker.
  await openSitting(page, DAY);
  await page.getByRole('link', { name: /^2\. / }).click();
  await recommendation.getByRole('radio', { name: 'Not suitable to be approved' }).check();
  await recommendation.getByLabel('Reasons for the recommendation').fill('Concerns about the space at home.');
  await recommendation.getByLabel('The recommendation was unanimous').check();
  await recommendation.getByRole('button', { name: 'Save the recommendation' }).click();
  await expect(page.getByRole('alert')).toContainText('The panel is not quorate for this item');
  await expect(page.getByRole('alert')).toContainText('No social worker with at least 3 years');

  // The chair reads the minutes: nothing saved, the refused item unresolved, nothing to approve or edit.
  await openMinutes(page);
  await expect(stateRow(page, 'Latest saved version')).toHaveText('No draft has been saved yet');
  await expect(page.getByRole('heading', { name: 'Items without a recommendation or other outcome' })).toBeVisible();
  await expect(page.locator('.warning-list')).toContainText('2. Approval (mainstream) (HH-102)');
  await expect(page.getByRole('button', { name: /Approve the minutes/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Your notes for the minutes' })).toHaveCount(0);

  // The administrator defers the item that could not be heard, then writes the minutes.
  await signInAs(page, ADMIN);
  await openSitting(page, DAY);
  await page.getByRole('link', { name: /^2\. / }).click();
  await page.getByRole('button', { name: 'Defer, move or withdraw' }).click();
  const defer = page.getByRole('dialog');
  await defer.getByRole('radio', { name: 'Defer it (panel will hear it later)' }).check();
  await defer.getByLabel('Reason').fill('The panel was not quorate: no qualified social worker took part.');
  await defer.getByRole('button', { name: 'Save' }).click();
  await expect(defer).toBeHidden();

  await openSitting(page, DAY);
  await expect(page.getByRole('link', { name: 'Write the minutes' })).toHaveClass(/^button$/);
  await openMinutes(page);
  await expect(page.getByRole('heading', { name: 'Items without a recommendation or other outcome' })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'the minutes page before a draft is saved');
  await page.getByLabel('Opening (optional)').fill('Members introduced themselves. The chair welcomed the observer.');
  const firstItem = page.getByRole('group', { name: 'Item 1: Approval (mainstream), HH-101' });
  await firstItem.getByLabel('Papers considered (optional)').fill('Form F assessment; medical and references');
  await firstItem.getByLabel('Discussion (optional)').fill('Members asked about the support network nearby.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.locator('.notice-banner')).toHaveText('Version 1 of the minutes has been saved.');
  await expect(stateRow(page, 'Latest saved version')).toHaveText(
    'Draft version 1, saved by Alex Administrator on 23 November 2026, 09:00',
  );
  await expect(stateRow(page, 'Sitting status')).toHaveText('Minutes drafted');

  const draft = await download(page, 'Download draft minutes (DOCX)');
  expect(draft).toContain('DRAFT');
  expect(draft).toContain('Monday 23 November 2026');
  expect(draft).toContain('Margaret Ellis (Chair)');
  expect(draft).toContain('HH-101');
  expect(draft).toContain(REASONS);
  expect(draft).toContain('Supervised the applicants’ assessing social worker');
  expect(draft).toContain('Members asked about the support network nearby.');

  // The presiding chair approves the saved version.
  await signInAs(page, chair);
  const preview = page.getByRole('region', { name: 'Draft minutes' });
  await expect(preview.getByRole('heading', { name: 'Item 1: Approval (mainstream), HH-101' })).toBeVisible();
  await expect(preview).toContainText(REASONS);
  await expect(preview).toContainText('Deferred: The panel was not quorate');
  await page.getByRole('button', { name: 'Approve the minutes (version 1)' }).click();
  const approve = page.getByRole('dialog', { name: 'Approve the minutes (version 1)?' });
  await expect(approve).toContainText('content reference');
  await expectNoSeriousViolations(page, 'the approve dialog');
  await approve.getByRole('button', { name: 'Approve the minutes' }).click();
  await expect(page.locator('.notice-banner')).toHaveText('You have approved version 1 of the minutes.');
  await expect(stateRow(page, 'Chair’s approval')).toContainText(
    /^Approved by Margaret Ellis, chair, on 23 November 2026, 09:00: version 1, content reference [0-9a-f]{12}$/,
  );

  // A change after approval needs a reason, and voids the approval.
  await signInAs(page, ADMIN);
  await page.getByRole('button', { name: 'Change the approved minutes' }).click();
  await expect(page.getByRole('heading', { name: 'Change the approved minutes' })).toBeFocused();
  await page.getByLabel('Closing (optional)').fill('The sitting closed at 12:10.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page.locator('#amendmentReason-error')).toContainText('Give the reason for changing them');
  await expect(page.getByLabel('Closing (optional)')).toHaveValue('The sitting closed at 12:10.');
  await expectNoSeriousViolations(page, 'the minutes form with an error');
  await page.getByLabel('Reason for changing the approved minutes').fill('The closing time was missing.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.locator('.notice-banner')).toHaveText(
    'Version 2 of the minutes has been saved. The chair’s approval has been voided: they need to approve the minutes again.',
  );
  await expect(stateRow(page, 'Chair’s approval')).toHaveText('Not approved');
  await expect(stateRow(page, 'Approval voided')).toHaveText(
    'Voided by Alex Administrator on 23 November 2026, 09:00: The closing time was missing.',
  );
  await expect(page.getByRole('row', { name: /^2 / })).toContainText('The closing time was missing.');

  // The chair approves again.
  await signInAs(page, chair);
  await page.getByRole('button', { name: 'Approve the minutes (version 2)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Approve the minutes' }).click();
  await expect(stateRow(page, 'Chair’s approval')).toContainText('Approved by Margaret Ellis');
  await expect(stateRow(page, 'Chair’s approval')).toContainText('version 2');
  await expect(stateRow(page, 'Earlier approval voided')).toContainText('The closing time was missing.');
  await expect(page.getByRole('button', { name: 'Record sent to the ADM' })).toHaveCount(0);

  // The administrator records the day the final minutes went to the ADM: the 7-working-day clock starts.
  await signInAs(page, ADMIN);
  await page.getByRole('button', { name: 'Record sent to the ADM' }).click();
  const send = page.getByRole('dialog', { name: 'Record that the final minutes went to the ADM' });
  const sentDate = send.getByRole('group', { name: 'Date the final minutes were sent' });
  await expect(sentDate.getByLabel('Day')).toHaveValue('23');
  await expect(sentDate.getByLabel('Month')).toHaveValue('11');
  await expect(sentDate.getByLabel('Year')).toHaveValue('2026');
  await expect(send.getByLabel('1. Approval (mainstream) (HH-101)')).toBeChecked();
  await send.getByRole('button', { name: 'Record as sent' }).click();
  await expect(send.getByRole('alert')).toContainText('Choose the ADM');
  await expectNoSeriousViolations(page, 'the sent-to-ADM dialog with an error');
  await send.getByLabel('ADM', { exact: true }).selectOption({ label: 'Jo Baker' });
  await send.getByRole('button', { name: 'Record as sent' }).click();
  await expect(page.locator('.notice-banner')).toHaveText(
    'Recorded: the final minutes went to Jo Baker for 1 item. Their decision is due by 2 December 2026.',
  );
  const referral = page.getByRole('row', { name: /HH-101/ }).filter({ hasText: 'Jo Baker' });
  await expect(referral.getByRole('cell')).toHaveText(['Jo Baker', '23 November 2026', '2 December 2026']);
  await expect(stateRow(page, 'Sitting status')).toHaveText('Sent to ADM');
  await expectNoSeriousViolations(page, 'the minutes page once sent to the ADM');

  const final = await download(page, 'Download final minutes (DOCX)');
  expect(final).not.toContain('DRAFT');
  expect(final).toContain('Monday 23 November 2026');
  expect(final).toContain('Margaret Ellis (Chair)');
  expect(final).toContain(REASONS);
  expect(final).toContain('The sitting closed at 12:10.');
  expect(final).toContain('Approved by Margaret Ellis, chair, on 23 November 2026.');
  expect(final).toContain('Minutes version 2.');
  expect(final).toContain('sent to Jo Baker on 23 November 2026');

  const extract = await download(page, 'Download extract for the ADM: item 1 (DOCX)');
  expect(extract).toContain('Extract from the minutes of the fostering panel');
  expect(extract).toContain('Monday 23 November 2026');
  expect(extract).toContain('HH-101');
  expect(extract).toContain(REASONS);
  expect(extract).toContain('Approved by Margaret Ellis, chair, on 23 November 2026.');
  expect(extract).not.toContain('HH-102');
});

test('approval is refused to a chair who did not preside and while items are unresolved; the chair can reopen approved minutes', async ({
  page,
}) => {
  const sitting = await addSittingWithConflict(page, TODAY);
  const { sittingId, itemIds } = sitting;
  await rpcOrThrow(
    page,
    'recommendations:record',
    await recommending((channel, input) => rpcOrThrow(page, channel, input), {
      itemId: itemIds[0],
      outcome: 'not_suitable',
      reasons: 'The household’s circumstances have changed.',
      unanimous: true,
      votesFor: 0,
      votesAgainst: 0,
      votesAbstaining: 0,
      dissent: [],
    }),
  );
  await markHeld(page, sittingId);
  await rpcOrThrow(page, 'minutes:save', { sittingId, version: 0, notes: {} });
  const vice = await chairFor(page, sitting, 'David Okafor');
  const chair = await chairFor(page, sitting, 'Margaret Ellis');

  await signInAs(page, vice);
  await openMinutes(page);
  await page.getByRole('button', { name: 'Approve the minutes (version 1)' }).click();
  const approve = page.getByRole('dialog');
  await approve.getByRole('button', { name: 'Approve the minutes' }).click();
  await expect(approve.getByRole('alert')).toContainText(
    'Only Margaret Ellis, who presided at this sitting, can approve its minutes.',
  );
  await approve.getByRole('button', { name: 'Cancel' }).click();

  await signInAs(page, chair);
  await page.getByRole('button', { name: 'Approve the minutes (version 1)' }).click();
  await approve.getByRole('button', { name: 'Approve the minutes' }).click();
  await expect(approve.getByRole('alert')).toContainText(
    'cannot be approved while items have no recommendation or other outcome: 2. Approval (mainstream) (HH-102)',
  );
  await approve.getByRole('button', { name: 'Cancel' }).click();

  // Once the item is deferred the record has moved on from version 1: the chair is told to wait for a new save.
  await signInAs(page, ADMIN);
  await rpcOrThrow(page, 'items:changeOutcome', {
    id: itemIds[1],
    version: await itemVersion(page, sittingId, itemIds[1]),
    action: 'defer',
    reason: 'Not quorate.',
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'The record has changed since version 1 was saved' })).toBeVisible();
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.locator('.notice-banner')).toHaveText('Version 2 of the minutes has been saved.');

  await signInAs(page, chair);
  await page.getByRole('button', { name: 'Approve the minutes (version 2)' }).click();
  await approve.getByRole('button', { name: 'Approve the minutes' }).click();
  await expect(stateRow(page, 'Chair’s approval')).toContainText('Approved by Margaret Ellis');
  await expect(page.getByRole('region', { name: 'The approved minutes (version 2)' })).toContainText(
    'The household’s circumstances have changed.',
  );

  await page.getByRole('button', { name: 'Reopen approved minutes' }).click();
  const reopen = page.getByRole('dialog', { name: 'Reopen the approved minutes?' });
  await reopen.getByRole('button', { name: 'Reopen the minutes' }).click();
  await expect(reopen.locator('#reopenReason-error')).toContainText('Enter the reason for reopening');
  await reopen.getByLabel('Reason for reopening').fill('Attendance for item 1 needs correcting.');
  await reopen.getByRole('button', { name: 'Reopen the minutes' }).click();
  await expect(page.locator('.notice-banner')).toContainText('The approval has been voided.');
  await expect(stateRow(page, 'Chair’s approval')).toHaveText('Not approved');
  await expect(stateRow(page, 'Approval voided')).toHaveText(
    'Voided by Margaret Ellis on 23 November 2026, 09:00: Attendance for item 1 needs correcting.',
  );
  await expect(stateRow(page, 'Sitting status')).toHaveText('Minutes drafted');
});
