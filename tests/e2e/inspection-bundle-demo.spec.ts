import { readFileSync } from 'node:fs';
import { configure, TextWriter, Uint8ArrayReader, ZipReader, type Entry, type FileEntry } from '@zip.js/zip.js';
import { rpcOrThrow } from './support/accounts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoDatabase } from './support/demo-database';
import { downloadedBy } from './support/downloads';
import { expect, test } from './support/fixtures';
import { openScreen } from './support/screen-urls';

configure({ useWebWorkers: false });

const PASSPHRASE = 'lantern harbour evening tide';

// The demo's own database (a year of business up to today), not a year built for the test.
test.use({ signIn: false, preparedDatabase: demoDatabase() });
// Writing the demo's year of business comes first, inside the test's time, and the machine is shared.
test.describe.configure({ timeout: 600_000 });

test('the administrator makes the inspection bundle for the demo’s own year: its minutes and its data return', async ({
  page,
}) => {
  const admin = DEMO_ACCOUNTS.find((account) => account.roles.includes('administrator'));
  await rpcOrThrow(page, 'auth:login', { username: admin?.username, password: DEMO_PASSWORD });
  await page.reload();
  // The demo's financial year is the one containing today (23 November 2026): the form offers it.
  await openScreen(page, '/reports');
  await page.getByRole('link', { name: 'Inspection bundle' }).click();
  await page.getByLabel('Passphrase for the bundle').fill(PASSPHRASE);
  await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  const file = await downloadedBy(page, () => page.getByRole('button', { name: 'Make the inspection bundle' }).click());
  await expect(page.getByRole('status').filter({ hasText: 'Saved, encrypted with your passphrase' })).toBeVisible();

  const reader = new ZipReader(new Uint8ArrayReader(new Uint8Array(readFileSync(file))));
  const entries = (await reader.getEntries()).filter((entry: Entry): entry is FileEntry => !entry.directory);
  const names = entries.map((entry) => entry.filename);
  // The last three sets of the demo's approved minutes, each of a sitting in the year.
  const minutes = names.filter((name) => name.startsWith('minutes/'));
  expect(minutes).toHaveLength(3);
  for (const name of minutes) {
    const day = /(\d{4}-\d{2}-\d{2})/.exec(name)?.[1] ?? '';
    expect(day >= '2026-04-01' && day <= '2026-11-23', name).toBe(true);
  }
  // The demo's data return for 2026/27, with the applications the demo received and ended before panel.
  const csvName = 'Annual fostering data return 2026-04-01 to 2027-03-31.csv';
  expect(names).toContain(csvName);
  expect(names).toContain('Fostering panel report 2026-04-01 to 2027-03-31.docx');
  const csv = await entries
    .find((entry) => entry.filename === csvName)
    ?.getData(new TextWriter(), { password: PASSPHRASE });
  const [header = '', row = ''] = (csv ?? '')
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  // Every field is quoted (report-csv.ts); the return's values are numbers or empty.
  const cells = (line: string) => line.split(',').map((cell) => cell.replace(/^"|"$/g, ''));
  const figures = Object.fromEntries(cells(header).map((field, i) => [field, cells(row)[i]]));
  expect(Number(figures.applications_received)).toBeGreaterThanOrEqual(2);
  expect(Number(figures.applications_ended_withdrawn)).toBeGreaterThanOrEqual(1);
  expect(names).toContain('Index.docx');
  await reader.close();
});
