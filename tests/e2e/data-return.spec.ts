import { readFileSync } from 'node:fs';
import { DATA_RETURN_FIELD_NAMES } from '../../shared/domain/reports/data-return-fields';
import { parseCsv } from '../factories/csv';
import { rpcOrThrow } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { downloadedBy } from './support/downloads';
import { expect, fillDate, test } from './support/fixtures';
import { expectFocusVisible } from './support/keyboard';
import { addHousehold } from './support/sittings';

const TERMS = {
  typesOfCare: ['short_term'],
  numberOfChildren: 2,
  ageFrom: 0,
  ageTo: 10,
  gender: 'any',
  namedChildren: [],
  siblingGroup: false,
};

test('the administrator records why an application ended, then reads the annual data return, follows a figure to its households by keyboard and downloads the CSV', async ({
  page,
}) => {
  const withdrawing = await addHousehold(page, 'HH-401', 'The Wood household');
  const approving = await addHousehold(page, 'HH-402', 'The Lake household');
  const household = (await rpcOrThrow(page, 'households:get', { id: approving })) as { version: number };
  await rpcOrThrow(page, 'households:changeStatus', {
    id: approving,
    version: household.version,
    status: 'approved',
    effectiveDate: '2026-09-01',
    approvalDate: '2026-09-01',
    terms: TERMS,
  });

  // The household page: why and when the application ended, refused until a reason is chosen.
  await page.goto(`${page.url().split('#')[0]}#/households/${withdrawing}`);
  const section = page.getByRole('region', { name: 'How the application ended' });
  await section.getByRole('button', { name: 'Record how the application ended' }).click();
  await fillDate(page, 'Date the application ended', '1', '10', '2026');
  await section.getByRole('button', { name: 'Save how the application ended' }).click();
  await expect(page.getByText('Choose why the application ended').first()).toBeVisible();
  await section.getByRole('radio', { name: 'Withdrawn by the applicant' }).check();
  await section.getByRole('button', { name: 'Save how the application ended' }).click();
  await expect(page.getByText('Recorded: withdrawn by the applicant on 1 October 2026.')).toBeVisible();
  await expect(section.getByText('Withdrawn by the applicant')).toBeVisible();
  await expectNoSeriousViolations(page, 'household page, application ended');

  // Reports → Annual data return: this year's figures, each with its definition.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Panel report' }).click();
  await page.getByRole('navigation', { name: 'Reports' }).getByRole('link', { name: 'Annual data return' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Annual fostering data return' })).toBeVisible();
  await expect(page.getByLabel('Year (1 April to 31 March)')).toHaveValue('2026');
  const figures = page.getByRole('table', { name: 'The figures for 2026/27' });
  const row = (label: string) => figures.getByRole('row', { name: new RegExp(`^${label}`) });
  await expect(row('Applications received')).toContainText('Households whose application was received in the year.');
  await expect(row('Applications received').getByRole('cell').nth(1)).toHaveText('2');
  await expect(row('Applications withdrawn').getByRole('cell').nth(1)).toHaveText('1');
  await expect(row('Households approved: mainstream').getByRole('cell').nth(1)).toHaveText('1');
  await expect(row('Places created').getByRole('cell').nth(1)).toHaveText('2');
  await expect(row('Days from application to approval').getByRole('cell').nth(1)).toHaveText('92');
  await expectNoSeriousViolations(page, 'annual data return');

  // The drill-down by keyboard: focus lands on the households it counts.
  const show = row('Applications withdrawn').getByRole('button');
  await expect(show).toHaveAccessibleName('Show the 1 household counted in applications withdrawn');
  await show.focus();
  await expectFocusVisible(page);
  await page.keyboard.press('Enter');
  await expect(show).toHaveAttribute('aria-expanded', 'true');
  await expect(show).toHaveAccessibleName('Hide the 1 household counted in applications withdrawn');
  const heading = page.getByRole('heading', { name: 'Households counted in applications withdrawn' });
  await expect(heading).toBeFocused();
  const counted = page.getByRole('table', { name: 'Households counted in applications withdrawn' });
  await expect(counted.getByRole('link', { name: 'HH-401' })).toBeVisible();
  await expect(counted).toContainText('1 October 2026');
  await expectNoSeriousViolations(page, 'annual data return, drill-down');
  await row('Days from application to approval').getByRole('button').click();
  await expect(page.getByRole('table', { name: /Households counted in days from application/ })).toContainText(
    /HH-402.*92/s,
  );

  // Another year has other figures.
  await page.getByLabel('Year (1 April to 31 March)').selectOption('2025');
  await expect(page.getByRole('table', { name: 'The figures for 2025/26' })).toBeVisible();

  // The CSV, issued by main and kept in the register: a header row of the field names.
  await page.getByLabel('Year (1 April to 31 March)').selectOption('2026');
  const file = await downloadedBy(page, () => page.getByRole('button', { name: 'Download as CSV' }).click());
  const rows = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  expect(rows[0]).toEqual(DATA_RETURN_FIELD_NAMES);
  expect(rows[1]?.[0]).toBe('2');
});
