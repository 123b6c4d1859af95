import type { Page } from '@playwright/test';
import { rpcOrThrow, signInAs } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { addDecisionSitting, asUser } from './support/decisions';
import { expect, test } from './support/fixtures';

const TODAY = '2026-11-23';

async function openQueue(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'ADM decisions' }).click();
  await page.getByRole('heading', { level: 1, name: 'ADM decisions' }).waitFor();
}

test('the ADM sees the cases they decided, most recent first, with their letters, and saves a letter again from the queue', async ({
  page,
}) => {
  const setUp = await addDecisionSitting(page, TODAY);
  await asUser(page, setUp.adm, async () => {
    const view = (await rpcOrThrow(page, 'decisions:get', { itemId: setUp.approvalItem })) as {
      case: { version: number };
    };
    await rpcOrThrow(page, 'decisions:decide', {
      itemId: setUp.approvalItem,
      version: view.case.version,
      verdict: 'agree',
      decidedOn: TODAY,
    });
  });
  await rpcOrThrow(page, 'documents:issue', { kind: 'letter-decision-record', subjectId: setUp.approvalItem });

  // The ADM lands on their queue.
  await signInAs(page, setUp.adm);
  await page.goto(`${new URL(page.url()).origin}/#/`);
  await expect(page.getByRole('heading', { level: 1, name: 'ADM decisions' })).toBeVisible();
  await openQueue(page);
  const decided = page.getByRole('region', { name: 'Decided by you' });
  await expect(decided.getByRole('status').first()).toHaveText('1 case shown');
  const row = decided.getByRole('row', { name: /Approval \(mainstream\), HH-201/ });
  await expect(row.getByRole('cell').nth(1)).toHaveText('23 November 2026');
  await expect(row.getByRole('cell').nth(2)).toHaveText('Approve as a foster carer');
  await expect(row).toContainText('ADM decision record');
  // The termination is still waiting, so it is in the queue, not among the decided.
  await expect(decided).not.toContainText('HH-202');
  await expectNoSeriousViolations(page, 'the ADM queue with the decided cases');

  await row.getByRole('button', { name: 'Save again: ADM decision record, HH-201' }).click();
  await expect(row.getByRole('status')).toContainText(/Saved to .+\.docx/);

  // The decision page is one click away from the list.
  await row.getByRole('link', { name: /Approval \(mainstream\), HH-201/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Approval (mainstream): HH-201');
});
