import { readFileSync } from 'node:fs';
import {
  configure,
  TextWriter,
  Uint8ArrayReader,
  Uint8ArrayWriter,
  ZipReader,
  type Entry,
  type FileEntry,
} from '@zip.js/zip.js';
import { expectNoSeriousViolations } from './support/axe';
import { addDecisionSitting } from './support/decisions';
import { downloadedBy } from './support/downloads';
import { expect, test } from './support/fixtures';
import { openScreen } from './support/screen-urls';

configure({ useWebWorkers: false });

const PASSPHRASE = 'copper kettle morning tide';

test('the administrator makes the inspection bundle for the year from Reports', async ({ page }) => {
  // A sitting held today (23 November 2026) with its minutes approved and sent to the ADM.
  await addDecisionSitting(page, '2026-11-23');
  // The set-up signed the ADM in and out; reloading shows the administrator's session again.
  await page.reload();
  await openScreen(page, '/reports');
  await page.getByRole('link', { name: 'Inspection bundle' }).click();
  await expect(page.getByRole('heading', { name: 'Inspection bundle', level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page, 'the inspection bundle form');

  // The year containing today is offered; the passphrase must be typed twice alike.
  await page.getByLabel('Passphrase for the bundle').fill(PASSPHRASE);
  await page.getByLabel('Type the passphrase again').fill('something else entirely');
  await page.getByRole('button', { name: 'Make the inspection bundle' }).click();
  await expect(page.getByRole('alert').first()).toContainText('The two passphrases are not the same');
  await expectNoSeriousViolations(page, 'the inspection bundle form with an error');
  await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);

  const file = await downloadedBy(page, () => page.getByRole('button', { name: 'Make the inspection bundle' }).click());
  await expect(page.getByRole('status').filter({ hasText: 'Saved, encrypted with your passphrase' })).toBeVisible();
  const parts = page.getByRole('region', { name: 'In the bundle' });
  await expect(parts).toContainText('Statutory clocks summary.docx');
  await expect(parts).toContainText('Central list and compliance.docx');
  await expect(parts).toContainText('Fostering panel report 2026-04-01 to 2027-03-31.docx');
  await expect(parts).toContainText('minutes/Panel minutes 2026-11-23 v1.docx');
  await expectNoSeriousViolations(page, 'the inspection bundle made');

  // The download opens with the passphrase, and its index names every file.
  const reader = new ZipReader(new Uint8ArrayReader(new Uint8Array(readFileSync(file))));
  const entries = (await reader.getEntries()).filter((entry: Entry): entry is FileEntry => !entry.directory);
  expect(entries.map((entry) => entry.filename)).toContain('Index.docx');
  expect(entries.every((entry) => entry.encrypted)).toBe(true);
  const index = entries.find((entry) => entry.filename === 'Index.docx');
  const bytes = await index?.getData(new Uint8ArrayWriter(), { password: PASSPHRASE });
  expect(bytes?.length).toBeGreaterThan(1000);
  const clocks = entries.find((entry) => entry.filename === 'Statutory clocks summary.docx');
  await expect(clocks?.getData(new TextWriter(), { password: 'wrong passphrase' })).rejects.toThrow(/password/i);
  await reader.close();

  // In the register of issued documents like any other document.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Issued documents' }).click();
  await expect(page.getByRole('row', { name: /Inspection bundle \(encrypted ZIP\)/ })).toBeVisible();
});
