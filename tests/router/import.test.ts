import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseSnapshot, LOOPBACK, openTestBackend, signIn, type TestBackend } from '../factories/backend';

const MEMBER_HEADINGS =
  "Full name,Date of birth,DBS certificate number,Role on the central list,Independent,Background,Background detail,Social worker with 3 years' PQE,Appointed on,Term ends on,DBS checked on,Email,Telephone,Address";
const MEMBERS_OK = [
  'Margaret Ellis,14/03/1962,001234567890,Chair,Yes,Other,Retired magistrate,No,01/04/2023,,10/02/2024,m.ellis@example.org,,',
  'Tom Baker,02/07/1970,,Vice chair,Yes,Foster carer,,No,01/04/2023,,,,,',
  '"Okafor, Grace",1975-11-30,,Member,No,Social worker,,Yes,2024-01-15,,,,,"1 Mill Lane\nNorthtown"',
];
const MEMBERS_BAD = [
  'Ann Bad,31/02/1980,12345,Treasurer,Maybe,Social worker,,Yes,tomorrow,,,,,',
  'Tom Baker,02/07/1970,,Vice chair,Yes,Foster carer,,No,01/04/2023,,,,,',
];

/** A real workbook, as a spreadsheet program would save it. */
async function xlsx(rows: ExcelJS.CellValue[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Households');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8').toString('base64');

interface Preview {
  fileProblem: string | null;
  rows: { row: number; label: string; action: string; notes: string[] }[];
  counts: { create: number; update: number; skip: number; refused: number };
}

describe('importing the central list and households from a spreadsheet', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await openTestBackend();
    await signIn(backend);
  });
  afterEach(() => backend.dispose());

  const call = (channel: string, input: unknown) => backend.router.dispatch(LOOPBACK, channel, input);
  async function value<T>(channel: string, input: unknown): Promise<T> {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  }
  const memberFile = (lines: string[]) => ({
    kind: 'members',
    fileName: 'central-list.csv',
    contentBase64: csv([MEMBER_HEADINGS, ...lines]),
  });

  it('previews each row in words and writes nothing; a file with a bad row is refused whole', async () => {
    const before = databaseSnapshot(backend);
    const preview = await value<Preview>('import:preview', memberFile([...MEMBERS_OK, ...MEMBERS_BAD]));
    expect(preview.counts).toEqual({ create: 3, update: 0, skip: 0, refused: 2 });
    expect(preview.rows.map((row) => row.label)).toEqual([
      'Margaret Ellis',
      'Tom Baker',
      'Okafor, Grace',
      'Ann Bad',
      'Tom Baker',
    ]);
    const bad = preview.rows[3];
    expect(bad?.row).toBe(5);
    expect(bad?.notes).toEqual(
      expect.arrayContaining([
        'DBS certificate number: a DBS certificate number is 12 digits',
        'Role on the central list: choose one of Chair, Vice chair, Member',
        'Independent: enter Yes or No',
        'Appointed on: enter a date like 14/03/2024',
      ]),
    );
    // One message per column: the bad role is not reported again as missing.
    expect(bad?.notes.filter((note) => note.startsWith('Role on the central list'))).toHaveLength(1);
    expect(preview.rows[4]?.notes).toEqual(['The same member as row 3: remove one of them']);
    expect(databaseSnapshot(backend)).toBe(before);

    const refused = await call('import:commit', memberFile([...MEMBERS_OK, ...MEMBERS_BAD]));
    expect(refused).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Nothing was imported: 2 rows have problems') },
    });
    expect(databaseSnapshot(backend)).toBe(before);
  });

  it('imports once, then matches by DBS number or by name and date of birth: updates or skips, never duplicates', async () => {
    expect(await value('import:commit', memberFile(MEMBERS_OK))).toEqual({ create: 3, update: 0, skip: 0, refused: 0 });
    const list = await value<{ name: string; address?: string | null }[]>('members:list', {});
    expect(list.map((m) => m.name).sort()).toEqual(['Margaret Ellis', 'Okafor, Grace', 'Tom Baker']);

    // The same file again: every row is already held and unchanged.
    expect(await value('import:commit', memberFile(MEMBERS_OK))).toEqual({ create: 0, update: 0, skip: 3, refused: 0 });

    // Margaret's name spelt differently but the same DBS number, and Tom now a member: both updates.
    const changed = await value<Preview>(
      'import:preview',
      memberFile([
        'Margaret Ellis-Hart,14/03/1962,0012 3456 7890,Chair,Yes,Other,Retired magistrate,No,01/04/2023,,10/02/2024,m.ellis@example.org,,',
        'Tom Baker,02/07/1970,,Member,Yes,Foster carer,,No,01/04/2023,,,,,',
        MEMBERS_OK[2] ?? '',
      ]),
    );
    expect(changed.rows.map((row) => [row.action, row.notes[0]])).toEqual([
      ['update', 'Already on the central list (same DBS certificate number): its details are updated'],
      ['update', 'Already on the central list (same name and date of birth): its details are updated'],
      ['skip', 'Already on the central list (same name and date of birth), unchanged'],
    ]);
    const audit = await value<{ entries: { channel: string }[] }>('audit:list', {});
    expect(audit.entries.filter((entry) => entry.channel === 'import:commit')).toHaveLength(2);
    expect((await value<unknown[]>('members:list', {})).length).toBe(3);
  });

  it('brings in approved households from .xlsx with approval date, terms and history, so clocks run from day one', async () => {
    const rows: ExcelJS.CellValue[][] = [];
    const ROW = (cells: ExcelJS.CellValue[]) => rows.push(cells);
    ROW([
      'Reference',
      'Display name',
      'First applicant',
      'Second applicant',
      'Type',
      'Specialist scheme',
      'Address',
      'Supervising social worker',
      'Application received on',
      'Status',
      'Approved on',
      'Types of care',
      'Number of children',
      'Youngest age',
      'Oldest age',
      'Gender of children',
    ]);
    ROW([
      'FC-001',
      'Mr and Mrs Rahman',
      'Imran Rahman',
      'Aisha Rahman',
      'Mainstream',
      '',
      '12 Elm Road',
      'Dana Price',
      new Date(Date.UTC(2025, 2, 3)),
      'Approved',
      '10/12/2025',
      'Short-term; Long-term',
      2,
      0,
      11,
      'Any',
    ]);
    ROW([
      'FC-002',
      'Ms Patel',
      'Priya Patel',
      '',
      'Mainstream',
      '',
      '',
      '',
      '01/10/2026',
      'Applicant',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    ROW([
      'FC-003',
      { formula: 'CONCATENATE("Mr ","X")', result: 'Mr X' },
      'Xavier Doe',
      '',
      'Mainstream',
      '',
      '',
      '',
      '',
      'Applicant',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    ROW([
      'FC-004',
      'Mr Jones',
      'Ian Jones',
      '',
      'Mainstream',
      '',
      '',
      '',
      '',
      'Approved',
      '',
      'Teaching',
      '',
      '',
      '',
      '',
    ]);
    const file = { kind: 'households', fileName: 'households.xlsx', contentBase64: await xlsx(rows) };

    const preview = await value<Preview>('import:preview', file);
    expect(preview.rows.map((row) => [row.label, row.action])).toEqual([
      ['FC-001 – Mr and Mrs Rahman', 'create'],
      ['FC-002 – Ms Patel', 'create'],
      ['FC-003', 'refused'],
      ['FC-004 – Mr Jones', 'refused'],
    ]);
    expect(preview.rows[0]?.notes).toEqual([
      'Added as approved on 10 December 2025, with its terms and status history',
    ]);
    expect(preview.rows[2]?.notes).toContain(
      'Display name: holds a formula. Formulas are never run: type the value itself',
    );
    expect(preview.rows[3]?.notes).toEqual(
      expect.arrayContaining([
        'Approved on: enter the date of approval of an approved household',
        expect.stringMatching(/^Types of care: choose one of Short-term/),
      ]),
    );

    const fixed = await xlsx(rows.slice(0, 3));
    expect(await value('import:commit', { ...file, contentBase64: fixed })).toEqual({
      create: 2,
      update: 0,
      skip: 0,
      refused: 0,
    });
    expect(await value('import:commit', { ...file, contentBase64: fixed })).toEqual({
      create: 0,
      update: 0,
      skip: 2,
      refused: 0,
    });

    const households = await value<{ id: string; reference: string }[]>('households:list', {});
    const rahman = households.find((h) => h.reference === 'FC-001');
    const held = await value<{
      status: string;
      approvalDate: string;
      applicationReceivedDate: string;
      terms: { typesOfCare: string[]; numberOfChildren: number; ageTo: number };
      history: { status: string; effectiveDate: string }[];
    }>('households:get', { id: rahman?.id });
    expect(held).toMatchObject({
      status: 'approved',
      approvalDate: '2025-12-10',
      applicationReceivedDate: '2025-03-03',
      terms: { typesOfCare: ['short_term', 'long_term'], numberOfChildren: 2, ageTo: 11 },
    });
    expect(held.history.map((entry) => [entry.status, entry.effectiveDate]).sort()).toEqual([
      ['applicant', '2025-03-03'],
      ['approved', '2025-12-10'],
    ]);
    // The first review clock runs from the approval date brought in (within a year of it).
    const due = await value<{ entries: { kind: string; subject: string; dueDate: string }[] }>('dashboard:due', {});
    expect(due.entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'first_review',
          subject: expect.stringContaining('FC-001'),
          dueDate: '2026-12-09',
        }),
      ]),
    );
    // The import's audit row names each household and seals the approved record, so audit:verify holds.
    const audit = await value<{ entries: { channel: string; changes: Record<string, unknown> }[] }>('audit:list', {});
    const first = audit.entries.filter((entry) => entry.channel === 'import:commit').at(-1);
    expect(first?.changes).toMatchObject({ 'household FC-001': [null, 'approved on 10 December 2025'] });
    expect(backend.audit.verify(backend.store.sqlite)).toMatchObject({ ok: true });
  });

  it('refuses a file without the template’s headings, a file that is not a spreadsheet, and builds both templates', async () => {
    const wrong = await value<Preview>('import:preview', {
      kind: 'households',
      fileName: 'x.csv',
      contentBase64: csv(['Name,Date']),
    });
    expect(wrong.fileProblem).toMatch(
      /^The file has no column headed Reference, Display name, First applicant, Type, Status\./,
    );
    const junk = await value<Preview>('import:preview', {
      kind: 'members',
      fileName: 'x.xlsx',
      contentBase64: csv(['not a zip']),
    });
    expect(junk.fileProblem).toMatch(/could not be read as a spreadsheet/);

    for (const format of ['csv', 'xlsx'] as const) {
      const saved = await value<{ path: string }>('import:saveTemplate', { kind: 'members', format });
      const { readFileSync } = await import('node:fs');
      const bytes = readFileSync(saved.path);
      // The template checks clean as a file of its own kind: its example row would be added.
      const preview = await value<Preview>('import:preview', {
        kind: 'members',
        fileName: `t.${format}`,
        contentBase64: bytes.toString('base64'),
      });
      expect(preview).toMatchObject({ fileProblem: null, counts: { create: 1, refused: 0 } });
    }
  });
});
