import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { docxParts, docxText } from '../factories/docx-text';
import { rpcOrThrow } from './support/accounts';
import { expectNoSeriousViolations } from './support/axe';
import { expect, fillDate, test } from './support/fixtures';
import { addHousehold, addItem, addPanel, addSitting, markHeld } from './support/sittings';
import { downloadedBy } from './support/downloads';
import { attending, recommending } from '../factories/versions';

const UNANIMOUS = { unanimous: true, votesFor: 0, votesAgainst: 0, votesAbstaining: 0, dissent: [] };
const TERMS = {
  typesOfCare: ['short_term', 'respite'],
  numberOfChildren: 2,
  ageFrom: 0,
  ageTo: 10,
  gender: 'any',
  namedChildren: [],
  siblingGroup: true,
};

/** A sitting on 12 October 2026, papers out in time: one approval recommended, one deferred for checks. */
async function addOctoberSitting(page: Page): Promise<void> {
  const memberIds = await addPanel(page);
  const first = await addHousehold(page, 'HH-301', 'The Brown household');
  const second = await addHousehold(page, 'HH-302', 'The Green household');
  const sittingId = await addSitting(page, '2026-10-12');
  await addItem(page, sittingId, { itemType: 'approval_mainstream', householdId: first });
  await addItem(page, sittingId, { itemType: 'approval_mainstream', householdId: second });
  for (const memberId of Object.values(memberIds)) {
    await rpcOrThrow(
      page,
      'sittings:recordAttendance',
      await attending((channel, input) => rpcOrThrow(page, channel, input), { sittingId, memberId, status: 'present' }),
    );
  }
  const sitting = (await rpcOrThrow(page, 'sittings:get', { id: sittingId })) as {
    version: number;
    items: { id: string }[];
  };
  await rpcOrThrow(page, 'sittings:setRoles', {
    sittingId,
    version: sitting.version,
    presiderId: memberIds['Margaret Ellis'],
  });
  const [approval, deferred] = sitting.items.map((i) => i.id);
  await rpcOrThrow(
    page,
    'recommendations:record',
    await recommending((channel, input) => rpcOrThrow(page, channel, input), {
      itemId: approval,
      outcome: 'suitable',
      terms: TERMS,
      reasons: 'A warm and stable home.',
      ...UNANIMOUS,
    }),
  );
  await rpcOrThrow(
    page,
    'recommendations:record',
    await recommending((channel, input) => rpcOrThrow(page, channel, input), {
      itemId: deferred,
      outcome: 'deferred',
      reasons: 'Not ready for a recommendation.',
      outstanding: 'Statutory checks not back',
      ...UNANIMOUS,
    }),
  );
  await markHeld(page, sittingId, '2026-10-01');
}

/** Clicks a download button and returns where the app says it saved the file. */
async function download(page: Page, button: string, extension: string): Promise<string> {
  const path = await downloadedBy(page, () => page.getByRole('button', { name: button }).click());
  const saved = page.locator('.download', { has: page.getByRole('button', { name: button }) }).getByRole('status');
  await expect(saved).toContainText(new RegExp(`Saved to .+\\.${extension}`));
  return path;
}

test('the administrator builds the panel report for a period, reads its charts and tables, and writes the chair’s commentary, and downloads it as Word and one workbook', async ({
  page,
}) => {
  await addOctoberSitting(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Panel report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Panel report' })).toBeVisible();

  // The period starts as this financial year; the end cannot come before the start.
  const start = page.getByRole('group', { name: 'Start of the period' });
  await expect(start.getByLabel('Day')).toHaveValue('1');
  await expect(start.getByLabel('Month')).toHaveValue('4');
  await expect(start.getByLabel('Year')).toHaveValue('2026');
  await fillDate(page, 'Start of the period', '1', '10', '2026');
  await fillDate(page, 'End of the period', '30', '9', '2026');
  await page.getByRole('button', { name: 'Build the report' }).click();
  await expect(page.getByRole('alert')).toContainText('The end of the period must be on or after its start');

  // Building shows its progress in a live region while the window stays usable.
  await page.route('**/rpc', async (route) => {
    if (route.request().postData()?.includes('reports:annual')) await new Promise((r) => setTimeout(r, 800));
    await route.continue();
  });
  await fillDate(page, 'End of the period', '31', '10', '2026');
  await page.getByRole('button', { name: 'Build the report' }).click();
  const status = page.locator('.report-status');
  await expect(status).toHaveText('Building the report…');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByRole('button', { name: 'Build the report' })).toBeDisabled();
  await page.getByLabel('Day').first().focus();
  await expect(status).toHaveText('Report built for 1 October 2026 to 31 October 2026.');
  await page.unroute('**/rpc');

  // A chart with its title and text alternative, and the table beside it.
  const chart = page.getByRole('img', { name: 'Items heard by type' });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription('Items heard by type: Approval (mainstream), 1 heard.');
  await expect(page.getByRole('img', { name: 'Timeliness: per cent on time' })).toHaveAccessibleDescription(
    /Papers sent on time, 100% \(1 of 1\)/,
  );
  const items = page.getByRole('table', { name: 'Items by type' });
  await expect(items.getByRole('row', { name: /^Approval \(mainstream\)/ }).getByRole('cell')).toHaveText([
    '2',
    '1',
    '1',
    '0',
  ]);
  const sittings = page.getByRole('table', { name: 'Sittings of the panel' });
  await expect(sittings.getByRole('row', { name: /^Main/ }).getByRole('cell')).toHaveText(['1', '0', '0']);
  await expect(page.getByRole('table', { name: 'Deferrals by reason' })).toContainText('Statutory checks not back');
  await expectNoSeriousViolations(page, 'the panel report');

  // The chair's commentary is written here and kept in the app, then printed in the Word document.
  const commentary = page.getByLabel('The chair’s commentary');
  await expect(commentary).toHaveValue('');
  await commentary.fill('A quieter month for the panel.');
  await page.getByRole('button', { name: 'Save the commentary' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The commentary has been saved.' })).toBeVisible();
  await expect(page.getByLabel('The chair’s commentary')).toHaveValue('A quieter month for the panel.');
  await expect(page.getByText(/Last saved by .+ on /)).toBeVisible();
  // One export of every table, not a button per table.
  await expect(page.getByRole('button', { name: /Download CSV/ })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'the panel report with its commentary saved');
  // Kept in the app: a fresh page for the same period shows it again.
  await page.reload();
  await fillDate(page, 'Start of the period', '1', '10', '2026');
  await fillDate(page, 'End of the period', '31', '10', '2026');
  await page.getByRole('button', { name: 'Build the report' }).click();
  await expect(page.getByLabel('The chair’s commentary')).toHaveValue('A quieter month for the panel.');

  // The Word document: the chair's words, every table, and both charts as pictures.
  const docx = await download(page, 'Download the report (DOCX)', 'docx');
  const text = docxText(docx);
  expect(text).toContain('The chair’s report\nA quieter month for the panel.');
  expect(text).toContain('Items by type');
  expect(text).toContain('Approval (mainstream)\n2\n1\n1\n0');
  const xml = docxParts(docx)['word/document.xml'] ?? '';
  expect(xml.match(/<pic:pic\b/g)).toHaveLength(2);
  const media = Object.keys(docxParts(docx)).filter((name) => name.startsWith('word/media/'));
  expect(media).toHaveLength(2);
  // Drawn by main at twice the screen's pixels so they stay sharp in print: the chart's 640 pixels less the
  // labels' column (222), whose labels are the first column of the table below each picture.
  const zip = unzipSync(readFileSync(docx));
  for (const name of media) {
    const png = zip[name] ?? new Uint8Array();
    expect(new DataView(png.buffer, png.byteOffset).getUint32(16)).toBe(836);
  }

  // Every table in one workbook, a sheet per table, figures as numbers.
  const xlsx = await download(page, 'Download every table (Excel workbook)', 'xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  expect(workbook.worksheets.length).toBeGreaterThan(20);
  const itemsSheet = workbook.getWorksheet('Items by type');
  expect(itemsSheet?.getRow(1).values).toEqual([undefined, 'Type of item', 'Listed', 'Heard', 'Deferred', 'Withdrawn']);
  expect(itemsSheet?.getRow(2).values).toEqual([undefined, 'Approval (mainstream)', 2, 1, 1, 0]);
});
