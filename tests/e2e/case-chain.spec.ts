import { docxText } from '../factories/docx-text';
import { rpcOrThrow } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { downloadedBy } from './support/downloads';
import { expect, test } from './support/fixtures';
import { openScreen } from './support/screen-urls';

test('the household page shows the case chain, an overdue step, and the reason the administrator records', async ({
  page,
}) => {
  // An application received on 6 January 2025 and never heard: its recommendation was due by 5 September 2025.
  const household = (await rpcOrThrow(page, 'households:create', {
    reference: 'FC-2025-003',
    displayName: 'Mr and Mrs W',
    applicantNames: ['Wyn Waiting'],
    householdType: 'mainstream',
    applicationReceivedDate: '2025-01-06',
    children: [],
  })) as { id: string };
  await openScreen(page, `/households/${household.id}`);

  const chain = page.getByRole('region', { name: 'Case chain' });
  const row = chain.getByRole('row', { name: /Panel recommendation on the application/ });
  await expect(row).toContainText('Statutory guidance (assessment timescale)');
  await expect(row).toContainText('within 8 months');
  await expect(row).toContainText('5 September 2025');
  await expect(row).toContainText(/Overdue by \d+ days/);
  await expect(row).toContainText('Not recorded');
  await expect(chain.getByRole('row', { name: /Application received/ })).toContainText('6 January 2025');
  await expectNoSeriousViolations(page, 'a household with its case chain');

  await row.getByRole('button', { name: /^Record a reason for delay/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Application');
  await dialog.getByRole('button', { name: 'Record reason' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Choose a reason for the delay');
  await expectNoSeriousViolations(page, 'the reason for delay dialog with an error');
  await dialog.getByLabel('Reason for the delay').selectOption({ label: 'Awaiting references' });
  await dialog.getByLabel('Note (optional)').fill('Second referee abroad until October');
  await dialog.getByRole('button', { name: 'Record reason' }).click();
  await expect(dialog).toBeHidden();
  await expect(chain.getByRole('status').first()).toContainText(
    'The reason for delay on “Panel recommendation on the application” has been recorded.',
  );
  await expect(row).toContainText('Awaiting references: Second referee abroad until October');
  await expect(row.getByRole('button', { name: /^Change the reason for delay/ })).toBeVisible();

  // The same chain as a Word document, issued by main and kept in the register.
  const button = 'Download the case chain (DOCX)';
  const downloaded = await downloadedBy(page, () => chain.getByRole('button', { name: button }).click());
  const text = docxText(downloaded);
  expect(text).toContain('Case chain: Mr and Mrs W (FC-2025-003)');
  expect(text).toContain('Awaiting references: Second referee abroad until October');
});
