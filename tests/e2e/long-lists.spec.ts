import type { Page } from '@playwright/test';
import { rpcOrThrow } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';

/** Lists that grow for years are read and shown a page at a time. */

async function withdrawnApplicant(page: Page, n: number, effectiveDate: string): Promise<void> {
  const created = (await rpcOrThrow(page, 'households:create', {
    reference: `FC-2019-${String(n).padStart(3, '0')}`,
    displayName: `Applicant household ${n}`,
    applicantNames: ['Alice Applicant'],
    householdType: 'mainstream',
    applicationReceivedDate: '2019-06-01',
    children: [],
  })) as { id: string; version: number };
  await rpcOrThrow(page, 'households:changeStatus', {
    id: created.id,
    version: created.version,
    status: 'withdrawn',
    effectiveDate,
    reason: 'Withdrew during the assessment',
  });
}

test('pages through the records past their retention date, and switches between the lists', async ({ page }) => {
  for (let n = 1; n <= 52; n += 1)
    await withdrawnApplicant(page, n, `2019-${n <= 26 ? '09' : '10'}-${String(1 + (n % 26)).padStart(2, '0')}`);
  await withdrawnApplicant(page, 99, '2026-11-02');
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Records retention' }).click();

  const show = page.getByRole('group', { name: 'Show' });
  await expect(show.getByLabel('Past their retention date (52)')).toBeChecked();
  await expect(page.getByText('Records 1 to 50 of 52 shown')).toBeVisible();
  const rows = page.getByRole('table', { name: 'Past their retention date' }).getByRole('row');
  await expect(rows).toHaveCount(51);
  await expect(page.getByRole('navigation', { name: 'Pages of past their retention date' })).toContainText(
    'Page 1 of 2',
  );
  await expectNoSeriousViolations(page, 'the first page of records past their retention date');

  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('Records 51 to 52 of 52 shown')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Past their retention date', level: 2 })).toBeFocused();
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole('button', { name: 'Next page' })).toBeDisabled();
  await page.getByRole('button', { name: 'Previous page' }).click();
  await expect(page.getByText('Records 1 to 50 of 52 shown')).toBeVisible();

  await show.getByLabel('Kept until their retention date (1)').check();
  await expect(page.getByText('1 record shown')).toBeVisible();
  const kept = page.getByRole('table', { name: 'Kept until their retention date' });
  await expect(kept).toContainText('FC-2019-099');
  await expect(kept).toContainText('2 November 2029');
  await expect(page.getByRole('button', { name: 'Next page' })).toHaveCount(0);
  await show.getByLabel('Purged (0)').check();
  await expect(page.getByText('No records have been purged.')).toBeVisible();
});
