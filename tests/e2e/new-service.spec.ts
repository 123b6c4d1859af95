import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { ADMIN } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';

/**
 * A fresh service, from an empty database to a planned sitting with its
 * central list and households imported from a spreadsheet, as a new
 * administrator would do it. Every click, choice and typed field is counted
 * (README "A new service in 25 actions"); the goal is at most 25.
 */
test.use({ signIn: false });

const MEMBERS_CSV = [
  "Full name,Date of birth,DBS certificate number,Role on the central list,Independent,Background,Background detail,Social worker with 3 years' PQE,Appointed on,Term ends on,DBS checked on,Email,Telephone,Address",
  'Margaret Ellis,14/03/1962,001234567890,Chair,Yes,Other,Retired magistrate,No,01/04/2023,,10/02/2024,,,',
  'Tom Baker,02/07/1970,,Vice chair,Yes,Foster carer,,No,01/04/2023,,,,,',
  'Grace Okafor,30/11/1975,,Member,No,Social worker,,Yes,15/01/2024,,,,,',
  'Priya Shah,05/05/1980,,Member,Yes,Education,,No,15/01/2024,,,,,',
  'Owen Hughes,09/09/1966,,Member,Yes,Health,,No,15/01/2024,,,,,',
].join('\r\n');

async function householdsWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Households');
  sheet.addRow([
    'Reference',
    'Display name',
    'First applicant',
    'Type',
    'Status',
    'Approved on',
    'Types of care',
    'Number of children',
    'Youngest age',
    'Oldest age',
  ]);
  sheet.addRow([
    'FC-001',
    'Mr and Mrs Rahman',
    'Imran Rahman',
    'Mainstream',
    'Approved',
    '10/12/2025',
    'Short-term',
    '2',
    '0',
    '11',
  ]);
  sheet.addRow(['FC-002', 'Ms Patel', 'Priya Patel', 'Mainstream', 'Applicant', '', '', '', '', '']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test('a fresh service reaches a planned sitting with its list and households imported, in at most 25 actions', async ({
  page,
}) => {
  const steps: string[] = [];
  const act = async (step: string, action: () => Promise<unknown>) => {
    steps.push(step);
    await action();
  };

  // The first administrator's account.
  await expect(page.getByRole('heading', { name: 'Set up Fostering Panel' })).toBeVisible();
  await act('Type a username', () => page.getByLabel('Username').fill(ADMIN.username));
  await act('Type your full name', () => page.getByLabel('Full name').fill(ADMIN.displayName));
  await act('Type a password', () => page.getByLabel('Password', { exact: true }).fill(ADMIN.password));
  await act('Type it again', () => page.getByLabel('Confirm password').fill(ADMIN.password));
  await act('Create the administrator account', () =>
    page.getByRole('button', { name: 'Create the administrator account' }).click(),
  );

  // Recovery first: a key made at once, stored somewhere safe (printing is optional).
  await expect(page.getByRole('heading', { name: 'Set up recovery' })).toBeVisible();
  await act('Choose a recovery key made for you', () =>
    page.getByLabel('With a recovery key made for me, to print or store').check(),
  );
  await expect(page.locator('.recovery-key')).toBeVisible();
  await act('Tick "I have printed the recovery key or stored it somewhere safe"', () =>
    page.getByLabel('I have printed the recovery key or stored it somewhere safe').check(),
  );
  await act('Use this recovery key', () => page.getByRole('button', { name: 'Use this recovery key' }).click());

  // The service's set-up: the empty step marks every missing field at once.
  // scrypt at its real cost wraps the key first: give it time, this asserts no timing.
  await expect(page.getByRole('heading', { name: 'Step 1 of 3: Your service and letterhead' })).toBeVisible({
    timeout: 60_000,
  });
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('alert').getByRole('link')).toHaveCount(2);
  await expect(page.locator('#setup-agencyName-error')).toContainText("Enter the fostering service's name");
  await expect(page.locator('#agencyAddress-error')).toContainText('Enter the service’s postal address');
  await expectNoSeriousViolations(page, 'the service set-up with every missing field marked');
  await act('Type the service’s name', () =>
    page.getByLabel('Name of the fostering service').fill('Northshire Fostering Service'),
  );
  await act('Type its address', () => page.getByLabel('Postal address').fill('County Hall\nNorthtown\nNT1 1AA'));
  await act('Save and continue', () => page.getByRole('button', { name: 'Save and continue' }).click());

  await expect(page.getByRole('heading', { name: 'Step 2 of 3: When the panel usually sits' })).toBeFocused();
  // The commonest pattern, a weekday in chosen weeks of the month, is offered first.
  await expect(page.getByLabel(/On a weekday in chosen weeks of each month/)).toBeChecked();
  await act('Choose Tuesday', () => page.getByLabel('Day of the week').selectOption({ label: 'Tuesday' }));
  await act('Tick the second week', () => page.getByRole('checkbox', { name: 'Second' }).check());
  await act('Tick the fourth week', () => page.getByRole('checkbox', { name: 'Fourth' }).check());
  await act('Type the usual venue', () => page.getByLabel('Usual venue (optional)').fill('Committee Room 2'));
  await expectNoSeriousViolations(page, 'the sitting pattern step');
  await act('Save and continue', () => page.getByRole('button', { name: 'Save and continue' }).click());

  await expect(page.getByRole('heading', { name: 'Step 3 of 3: Quorum' })).toBeFocused();
  await act('Save and finish (quorum as the regulations set it)', () =>
    page.getByRole('button', { name: 'Save and finish' }).click(),
  );

  // The import: the central list from CSV, then the households from Excel.
  await expect(page.getByRole('heading', { name: 'Import from a spreadsheet', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'The service is set up' })).toBeVisible();
  await importFile(page, act, 'Central list (panel members)', {
    name: 'central-list.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(MEMBERS_CSV, 'utf8'),
  });
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported from central-list.csv: 5 added, 0 updated' }),
  ).toBeVisible();
  await importFile(page, act, 'Current households', {
    name: 'households.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await householdsWorkbook(),
  });
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported from households.xlsx: 2 added, 0 updated' }),
  ).toBeVisible();

  // A sitting on the next date the usual pattern gives, at its time and venue.
  await act('Follow "add a sitting"', () => page.getByRole('link', { name: 'add a sitting' }).click());
  await expect(page.getByRole('heading', { name: 'Suggested from the usual pattern' })).toBeVisible();
  await expect(page.getByLabel('Venue')).toHaveValue('Committee Room 2');
  await expectNoSeriousViolations(page, 'a new sitting suggested from the pattern');
  await act('Add the sitting', () => page.getByRole('button', { name: 'Add sitting' }).click());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Sitting on Tuesday \d+ \w+ 20\d\d$/);

  // What the import brought in is held: the list, and the approved household with its first review due.
  await page.goto(page.url().replace(/#.*$/, '#/households'));
  await expect(page.getByText('Mr and Mrs Rahman').first()).toBeVisible();
  await page.goto(page.url().replace(/#.*$/, '#/dashboard'));
  await expect(page.getByText('First review to be heard by the panel')).toBeVisible();

  console.log(`${steps.length} user actions:\n${steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}`);
  expect(steps.length).toBeLessThanOrEqual(25);
});

async function importFile(
  page: Page,
  act: (step: string, action: () => Promise<unknown>) => Promise<void>,
  kind: string,
  file: { name: string; mimeType: string; buffer: Buffer },
) {
  await act(`Choose "${kind}"`, () => page.getByLabel(kind).check());
  await act(`Choose the file ${file.name}`, () => page.getByLabel('Spreadsheet').setInputFiles(file));
  await expect(page.getByText(`Chosen: ${file.name}.`)).toBeVisible();
  // Choosing the file checks it at once; nothing is written until "Import".
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoSeriousViolations(page, `the import preview of ${file.name}`);
  await act('Import', () => page.getByRole('button', { name: /^Import \d+ rows$/ }).click());
}
