import { expectNoSeriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { addSittingWithConflict, openSitting } from './support/sittings';

const DAY = 'Tuesday 8 December 2026';

test('records the panel’s recommendation on behalf of the presider, and is refused when not quorate', async ({
  page,
}) => {
  // Helen Turner withdrew for the second item, leaving it without a qualified social worker.
  await addSittingWithConflict(page, '2026-12-08');
  await openSitting(page, DAY);
  await page.getByRole('link', { name: /^1\. / }).click();
  const section = page.getByRole('region', { name: "Panel's recommendation" });
  await expect(section.getByText('7 members are counted for this item.')).toBeVisible();

  await section.getByRole('radio', { name: 'Suitable to be approved', exact: true }).check();
  await section.getByLabel('Short-term').check();
  await section.getByLabel('Number of children').fill('2');
  await section.getByLabel('Oldest age').fill('10');
  await section.getByLabel('Reasons for the recommendation').fill('A warm, stable home with strong support.');

  // Votes left blank: one message per field, each naming its count, not the same words three times.
  await section.getByRole('button', { name: 'Save the recommendation' }).click();
  const blankVotes = page.getByRole('alert');
  await expect(blankVotes).toBeFocused();
  await expect(blankVotes.getByRole('link')).toHaveText([
    'Enter the number of votes for',
    'Enter the number of votes against',
    'Enter the number of members abstaining',
  ]);
  await expect(page.locator('#recVotesAgainst-error')).toContainText('Enter the number of votes against');
  await blankVotes.getByRole('link', { name: 'Enter the number of members abstaining' }).click();
  await expect(section.getByLabel('Abstaining', { exact: true })).toBeFocused();

  await section.getByLabel('For', { exact: true }).fill('5');
  await section.getByLabel('Against', { exact: true }).fill('1');
  await section.getByLabel('Abstaining', { exact: true }).fill('0');
  await section.getByRole('button', { name: 'Save the recommendation' }).click();

  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('The votes add up to 6, but 7 members are present');
  await expect(page.locator('#recVotesFor-error')).toContainText('The votes add up to 6');
  await expectNoSeriousViolations(page, 'the recommendation form with errors');
  await summary.getByRole('link', { name: /The votes add up to 6/ }).click();
  await expect(section.getByLabel('For', { exact: true })).toBeFocused();

  await section.getByLabel('Abstaining', { exact: true }).fill('1');
  await section.getByRole('button', { name: 'Save the recommendation' }).click();
  await expect(page.locator('.notice-banner')).toHaveText(
    "The panel's recommendation has been recorded: Suitable to be approved.",
  );
  const recorded = (label: string) =>
    section.locator('.summary-row', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
  await expect(recorded('Recommendation')).toHaveText('Suitable to be approved');
  await expect(recorded('Terms of approval')).toHaveText('Short-term; 2 children aged 0 to 10.');
  await expect(recorded('Vote')).toHaveText('For 5, against 1, abstaining 1');
  await expect(recorded('Recorded')).toContainText('Recorded by Alex Administrator on behalf of Margaret Ellis');
  await expectNoSeriousViolations(page, 'the recorded recommendation');

  await section.getByRole('button', { name: 'Change the recommendation' }).click();
  await expect(section.getByRole('heading', { name: 'Change the recommendation' })).toBeFocused();
  await expect(section.getByLabel('Reasons for the recommendation')).toHaveValue(
    'A warm, stable home with strong support.',
  );
  await section.getByRole('button', { name: 'Cancel and discard changes' }).click();

  await openSitting(page, DAY);
  await page.getByRole('link', { name: /^2\. / }).click();
  await expect(section.getByText('The panel is not quorate for this item')).toBeVisible();
  await expect(section).toContainText('No social worker with at least 3 years');
  await section.getByRole('radio', { name: 'Not suitable to be approved' }).check();
  await section.getByLabel('Reasons for the recommendation').fill('Concerns about the home’s space.');
  await section.getByLabel('The recommendation was unanimous').check();
  await section.getByRole('button', { name: 'Save the recommendation' }).click();
  await expect(page.getByRole('alert')).toContainText('The panel is not quorate for this item');
  await expect(page.getByRole('alert')).toContainText('No social worker with at least 3 years');
  await expect(section.getByLabel('Reasons for the recommendation')).toHaveValue('Concerns about the home’s space.');

  // Leaving and coming back keeps what was typed.
  await openSitting(page, DAY);
  await page.getByRole('link', { name: /^2\. / }).click();
  await expect(section.getByLabel('Reasons for the recommendation')).toHaveValue('Concerns about the home’s space.');
  await expect(section.getByLabel('The recommendation was unanimous')).toBeChecked();
});
