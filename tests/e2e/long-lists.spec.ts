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

  // Another list starts again at its first page (applied as the radio changes: the filter is on the forms scaffold).
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('Records 51 to 52 of 52 shown')).toBeVisible();
  await show.getByLabel('Kept until their retention date (1)').check();
  await expect(page.getByText('1 record shown')).toBeVisible();
  const kept = page.getByRole('table', { name: 'Kept until their retention date' });
  await expect(kept).toContainText('FC-2019-099');
  await expect(kept).toContainText('2 November 2029');
  await expect(page.getByRole('button', { name: 'Next page' })).toHaveCount(0);
  await show.getByLabel('Purged (0)').check();
  await expect(page.getByText('No records have been purged.')).toBeVisible();
});

test('finds a household among many by searching, and keeps the one chosen whatever the search', async ({ page }) => {
  for (let n = 1; n <= 55; n += 1) {
    await rpcOrThrow(page, 'households:create', {
      reference: `FC-2020-${String(n).padStart(3, '0')}`,
      displayName: n === 55 ? 'Mr and Mrs Okafor' : `Household ${n}`,
      applicantNames: ['Alex Applicant'],
      householdType: 'mainstream',
      applicationReceivedDate: '2020-06-01',
      children: [],
    });
  }
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Complaints and feedback' }).click();
  await page.getByRole('button', { name: 'Add a complaint' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a complaint' });
  const list = dialog.getByLabel('Household it is about (optional)');
  const search = dialog.getByLabel('Find a household by reference or name');
  // The picker reads one more than it shows, so it says there are others without counting them all.
  await expect(dialog.getByText('Showing the first 50 households.')).toBeVisible();
  await expect(list.getByRole('option')).toHaveCount(51);
  await expect(list.getByRole('option', { name: 'FC-2020-055 – Mr and Mrs Okafor' })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'the household picker in the complaint form');

  await search.fill('okafor');
  await expect(dialog.getByText('1 household matches “okafor”.')).toBeVisible();
  await search.press('Enter');
  await expect(list).toBeFocused();
  await expect(dialog).toBeVisible();
  await list.selectOption({ label: 'FC-2020-055 – Mr and Mrs Okafor' });
  await search.fill('zzz');
  await expect(dialog.getByText('No household matches “zzz”.')).toBeVisible();
  // The choice is still made and still shown, though the search no longer matches it.
  await expect(list).toHaveValue(/.+/);
  await expect(list.locator('option:checked')).toHaveText('FC-2020-055 – Mr and Mrs Okafor');

  await dialog.getByLabel('Who made the complaint').selectOption({ label: 'Applicant' });
  await dialog.getByLabel('Summary of the complaint').fill('Papers arrived late.');
  await dialog.getByRole('button', { name: 'Add complaint' }).click();
  await expect(page.getByRole('table', { name: 'Complaints' })).toContainText('Household FC-2020-055');

  // Opened again, the complaint shows its household, which is not among the first 50.
  await page.getByRole('button', { name: /^Record the outcome of the complaint/ }).click();
  const again = page.getByRole('dialog', { name: /^Complaint received on/ });
  await expect(again.getByLabel('Household it is about (optional)').locator('option:checked')).toHaveText(
    'FC-2020-055 – Mr and Mrs Okafor',
  );
});

test('pages through the complaints log fifty at a time, newest first', async ({ page }) => {
  for (let n = 1; n <= 51; n += 1) {
    await rpcOrThrow(page, 'complaints:create', {
      receivedOn: `2026-${String(1 + Math.floor((n - 1) / 28)).padStart(2, '0')}-${String(1 + ((n - 1) % 28)).padStart(2, '0')}`,
      source: 'applicant',
      summary: `Complaint number ${n}`,
      sittingId: null,
      householdId: null,
    });
  }
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Complaints and feedback' }).click();
  const table = page.getByRole('table', { name: 'Complaints' });
  await expect(page.getByText('Complaints 1 to 50 of 51 shown')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(51);
  await expect(table.getByRole('row').nth(1)).toContainText('Complaint number 51');
  await expect(page.getByRole('navigation', { name: 'Pages of complaints' })).toContainText('Page 1 of 2');

  await page
    .getByRole('navigation', { name: 'Pages of complaints' })
    .getByRole('button', { name: 'Next page' })
    .click();
  await expect(page.getByText('Complaints 51 to 51 of 51 shown')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Complaints', level: 2 })).toBeFocused();
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('Complaint number 1');
  await expectNoSeriousViolations(page, 'the second page of complaints');

  // Filtering starts again at the first page, applied as the choice changes.
  await page.getByLabel('Show').selectOption({ label: 'Open' });
  await expect(page.getByText('Complaints 1 to 50 of 51 shown')).toBeVisible();
  await expect(table.getByRole('row').nth(1)).toContainText('Complaint number 51');
  await page.getByLabel('Show').selectOption({ label: 'Closed' });
  await expect(page.getByText('No complaints recorded.')).toBeVisible();
});

test('pages through the households list fifty at a time, and finds one past the first page by searching', async ({
  page,
}) => {
  for (let n = 1; n <= 53; n += 1) {
    await rpcOrThrow(page, 'households:create', {
      reference: `FC-2021-${String(n).padStart(3, '0')}`,
      displayName: n === 52 ? 'Mr and Mrs Okafor' : `Household ${n}`,
      applicantNames: ['Alex Applicant'],
      householdType: 'mainstream',
      applicationReceivedDate: '2021-06-01',
      children: [],
    });
  }
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Households' }).click();
  const table = page.getByRole('table', { name: 'Households' });
  const pages = page.getByRole('navigation', { name: 'Pages of households' });
  // One row past the page says that more follow, without counting every household.
  await expect(page.getByText('Households 1 to 50 shown; more on the next page.')).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(51);
  await expect(table.getByRole('link', { name: 'FC-2021-052' })).toHaveCount(0);
  await expect(pages).toContainText('Page 1');
  await expectNoSeriousViolations(page, 'the first page of households');

  await pages.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByText('Households 51 to 53 shown; this is the last page.')).toBeVisible();
  await expect(page.getByText('Households 51 to 53 shown; this is the last page.')).toBeFocused();
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(pages.getByRole('button', { name: 'Next page' })).toBeDisabled();

  // A search starts again at the first page.
  await page.getByLabel('Search by reference or name').fill('okafor');
  await expect(page.getByText('1 household shown')).toBeVisible();
  await expect(table.getByRole('link', { name: 'FC-2021-052' })).toBeVisible();
  await expect(pages).toHaveCount(0);
});

test('finds a sitting among years of them by its date, and keeps the one chosen whatever the search', async ({
  page,
}) => {
  // 55 monthly sittings from January 2020: the oldest five are past the latest 50.
  for (let n = 0; n < 55; n += 1) {
    await rpcOrThrow(page, 'sittings:create', {
      kind: 'main',
      date: `${2020 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}-14`,
      startTime: '09:30',
      venue: 'County Hall',
      confirmPast: true,
    });
  }
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Complaints and feedback' }).click();
  await page.getByRole('button', { name: 'Add a complaint' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a complaint' });
  const list = dialog.getByLabel('Sitting it is about (optional)');
  const search = dialog.getByLabel('Find a sitting by its date');
  await expect(dialog.getByText('Showing the latest 50 sittings.')).toBeVisible();
  await expect(list.getByRole('option')).toHaveCount(51);
  await expect(list.getByRole('option', { name: '14 February 2020 (main)' })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'the sitting picker in the complaint form');

  await search.fill('February 2020');
  await expect(dialog.getByText('1 sitting matches “February 2020”.')).toBeVisible();
  await search.press('Enter');
  await expect(list).toBeFocused();
  await list.selectOption({ label: '14 February 2020 (main)' });
  await search.fill('Room 4');
  await expect(dialog.getByText('No sitting matches “Room 4”.')).toBeVisible();
  await expect(list.locator('option:checked')).toHaveText('14 February 2020 (main)');

  await dialog.getByLabel('Who made the complaint').selectOption({ label: 'Applicant' });
  await dialog.getByLabel('Summary of the complaint').fill('The papers were late.');
  await dialog.getByRole('button', { name: 'Add complaint' }).click();
  await expect(page.getByRole('table', { name: 'Complaints' })).toContainText('14 February 2020');

  // Opened again, the complaint shows its sitting, which is not among the latest 50.
  await page.getByRole('button', { name: /^Record the outcome of the complaint/ }).click();
  const again = page.getByRole('dialog', { name: /^Complaint received on/ });
  await expect(again.getByLabel('Sitting it is about (optional)').locator('option:checked')).toHaveText(
    '14 February 2020 (main)',
  );
});
