import type { Page } from '@playwright/test';
import { docxText } from '../factories/docx-text';
import { rpcOrThrow, signInAs } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { addDecisionSitting, asUser } from './support/decisions';
import { expect, test } from './support/fixtures';
import { downloadedBy } from './support/downloads';
import { settingsVersion } from '../factories/versions';

const TODAY = '2026-11-23';
const IRM_TEXT = 'The IRM panel recommends that approval continues, with a support plan.';
const DEPARTURE = 'The IRM panel did not have the latest unannounced visit report.';

interface CaseVersion {
  case: { version: number };
}

/** The termination as a qualifying determination that went to the IRM, whose panel has recommended. */
async function determinationAfterIrm(page: Page) {
  const setUp = await addDecisionSitting(page, TODAY);
  const itemId = setUp.terminationItem;
  const version = async () => ((await rpcOrThrow(page, 'decisions:get', { itemId })) as CaseVersion).case.version;
  await asUser(page, setUp.adm, async () => {
    await rpcOrThrow(page, 'decisions:decide', {
      itemId,
      version: await version(),
      verdict: 'disagree',
      decisionCode: 'terminate',
      reasons: 'Repeated failures to safeguard the children placed.',
      decidedOn: TODAY,
    });
  });
  await rpcOrThrow(page, 'settings:update', {
    version: await settingsVersion((channel, input) => rpcOrThrow(page, channel, input)),
    irmContact: {
      name: 'Independent Review Mechanism (test details)',
      address: 'Review House\n1 Example Street\nLeeds LS1 4AP',
      telephone: '0113 496 0000',
      website: 'irm.example.org.uk',
    },
  });
  await rpcOrThrow(page, 'decisions:recordLetterDate', { itemId, version: await version(), letterDate: TODAY });
  await rpcOrThrow(page, 'decisions:recordRoute', {
    itemId,
    version: await version(),
    route: 'irm',
    receivedOn: TODAY,
  });
  await rpcOrThrow(page, 'decisions:recordIrmRecommendation', {
    itemId,
    version: await version(),
    recommendation: IRM_TEXT,
    receivedOn: TODAY,
  });
  return setUp;
}

test('after an IRM recommendation the ADM records considering it, and why the final decision departs from it; the letter says so', async ({
  page,
}) => {
  const setUp = await determinationAfterIrm(page);
  await signInAs(page, setUp.adm);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'ADM decisions' }).click();
  await page
    .getByRole('table', { name: 'Items waiting for a decision' })
    .getByRole('link', { name: 'Termination of approval, HH-202' })
    .click();
  const final = page.getByRole('region', { name: 'Final decision' });
  await final.getByRole('radio', { name: 'Terminate approval (qualifying determination)' }).check();
  await final.getByLabel('Reasons for the final decision').fill('The standard of care has not improved.');
  await final.getByRole('button', { name: 'Record the final decision' }).click();
  const problem = page.getByRole('alert');
  await expect(problem).toBeFocused();
  await expect(problem).toContainText('Confirm that you have considered the IRM panel’s recommendation');
  await expectNoSeriousViolations(page, 'the final decision form after the IRM, with an error');

  await final.getByLabel('I have considered the IRM panel’s recommendation').check();
  await final.getByRole('radio', { name: 'No, it departs from the recommendation' }).check();
  await final.getByRole('button', { name: 'Record the final decision' }).click();
  await expect(problem).toContainText('Give your reasons for departing from the IRM panel’s recommendation');
  await problem
    .getByRole('link', { name: 'Give your reasons for departing from the IRM panel’s recommendation' })
    .click();
  await expect(final.getByLabel('Why the final decision departs from the IRM panel’s recommendation')).toBeFocused();
  await final.getByLabel('Why the final decision departs from the IRM panel’s recommendation').fill(DEPARTURE);
  await final.getByRole('button', { name: 'Record the final decision' }).click();
  await expect(page.locator('.notice-banner')).toContainText('The final decision has been recorded');
  await expect(final).toContainText(`Considered; the final decision departs from it: ${DEPARTURE}`);

  const downloaded = await downloadedBy(page, () =>
    page.getByRole('button', { name: 'Download the final decision letter (DOCX)' }).click(),
  );
  const saved = page
    .locator('.download', { has: page.getByRole('button', { name: 'Download the final decision letter (DOCX)' }) })
    .getByRole('status');
  await expect(saved).toContainText(/Saved to .+\.docx/);
  const letter = docxText(downloaded);
  expect(letter).toContain(IRM_TEXT);
  expect(letter).toContain('I have considered the IRM panel’s recommendation, and my final decision departs from it.');
  expect(letter).toContain(DEPARTURE);
});
