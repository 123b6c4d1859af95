import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/schemas/audit';
import type { SubjectAccessData, SubjectAccessSaved } from '../../shared/schemas/records';
import { databaseSnapshot, tempFolder } from '../factories/backend';
import { docxText } from '../factories/docx-text';
import { OFFICE_TIMEOUT_MS, pdfPagesOf } from '../factories/office';
import { AWKWARD, CHAIR, openHouseholdRecords, type HouseholdRecords } from '../factories/household-records';

/** Every table but the audit trail, which an export adds one row to. */
function dataSnapshot(records: HouseholdRecords): string {
  return JSON.stringify(
    (JSON.parse(databaseSnapshot(records.backend)) as [string, unknown][]).filter(([name]) => name !== 'audit_log'),
  );
}

function readExport(saved: SubjectAccessSaved) {
  const files = unzipSync(readFileSync(saved.path));
  const summaryFile = path.join(tempFolder(), 'summary.docx');
  writeFileSync(summaryFile, files['summary.docx'] ?? new Uint8Array());
  return {
    files,
    data: JSON.parse(strFromU8(files['data.json'] ?? new Uint8Array())) as SubjectAccessData,
    summary: docxText(summaryFile),
  };
}

describe('subject access export', () => {
  let records: HouseholdRecords;
  beforeEach(async () => {
    records = await openHouseholdRecords();
  });
  afterEach(() => records.backend.dispose());

  it('exports everything held about one household as a zip: summary DOCX, JSON data and the letters as issued', async () => {
    const before = dataSnapshot(records);
    const saved = await records.as<SubjectAccessSaved>('records:exportSubjectAccess', { id: records.household.id });
    expect(dataSnapshot(records)).toBe(before);
    expect(path.basename(saved.path)).toBe(`subject-access-${records.household.reference}-2026-11-23.zip`);
    expect(saved).toMatchObject({ letters: 2, sizeBytes: readFileSync(saved.path).length });

    const { files, data, summary } = readExport(saved);
    const letterName = `Approval-letter-${records.household.reference}.docx`;
    expect(Object.keys(files).sort()).toEqual(
      [
        'README.txt',
        'data.json',
        `letters/${letterName}`,
        `letters/${letterName.replace('.docx', '-2.docx')}`,
        'summary.docx',
      ].sort(),
    );
    // The letters come back byte for byte as they were issued.
    for (const [index, letter] of records.letters.entries()) {
      const document = data.documents[index];
      expect(document).toMatchObject({ id: letter.documentId, sha256: letter.sha256, kindLabel: 'Approval letter' });
      const bytes = files[document?.inExportAs ?? ''] ?? new Uint8Array();
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(letter.sha256);
    }

    expect(data).toMatchObject({
      madeOn: '2026-11-23',
      agencyName: 'Shire County Council Fostering Service',
      purge: null,
      household: {
        id: records.household.id,
        reference: records.household.reference,
        applicantNames: records.household.applicantNames,
        address: '1 High Street\nMarket Town\nMT1 1AA',
        status: 'resigned',
        children: [{ initials: 'JS', dateOfBirth: '2019-05-04', iroName: 'Irene Oakes' }],
      },
      decisions: [
        { itemId: records.approvalItem, state: 'decided', verdict: 'agree', decision: 'Approve as a foster carer' },
      ],
      resignations: [{ itemId: records.resignationItem, noticeReceivedOn: '2026-11-23', approvalEnds: '2026-12-21' }],
      complaints: [{ id: records.complaint.id, summary: `Tom Test felt rushed. ${AWKWARD}` }],
      feedback: [{ id: records.feedback.id, rating: 5, comment: 'Tom and Tess felt welcome.' }],
    });
    expect(data.household.history.map((h) => h.status)).toEqual(['resigned', 'approved', 'applicant']);
    expect(data.agendaItems.map((i) => [i.typeLabel, i.status, i.recommendation?.outcomeLabel])).toEqual([
      ['Approval (mainstream)', 'heard', 'Suitable to be approved'],
      ['Resignation (for noting)', 'heard', 'Resignation noted'],
    ]);
    expect(data.agendaItems[0]?.people.map((p) => p.name)).toEqual(['Tom Applicant', 'Bea Supporter', 'Sam Social']);

    for (const text of [
      'Records held about a household',
      `${records.household.displayName} (${records.household.reference})`,
      'Made on 23 November 2026 by Tester',
      records.household.applicantNames.join(', '),
      'Suitable to be approved',
      'Approve as a foster carer',
      'Tom Applicant (Applicant)',
      'Bea Supporter (Friend)',
      `Tom Test felt rushed. ${AWKWARD}`,
      'Tom and Tess felt welcome.',
      '5 out of 5',
      `letters/${letterName}`,
      '21 December 2026',
      'Named children: JS',
    ]) {
      expect(summary).toContain(text);
    }
  });

  it(
    'makes a summary LibreOffice opens',
    async () => {
      const saved = await records.as<SubjectAccessSaved>('records:exportSubjectAccess', { id: records.household.id });
      const summaryFile = path.join(tempFolder(), 'summary.docx');
      writeFileSync(summaryFile, unzipSync(readFileSync(saved.path))['summary.docx'] ?? new Uint8Array());
      const text = pdfPagesOf(summaryFile).join('\n');
      expect(text).toContain('Records held about a household');
      expect(text).toContain('Approve as a foster carer');
    },
    OFFICE_TIMEOUT_MS,
  );

  it('is audited, without copying the household into the audit trail', async () => {
    const saved = await records.as<SubjectAccessSaved>('records:exportSubjectAccess', { id: records.household.id });
    const audit = await records.as<{ entries: AuditEntry[] }>('audit:list', {
      entityType: 'subject access',
      entityId: records.household.id,
    });
    expect(audit.entries).toHaveLength(1);
    expect(audit.entries[0]).toMatchObject({
      channel: 'records:exportSubjectAccess',
      changes: { subjectAccessExportTo: [null, saved.path], letters: [null, 2] },
    });
    expect(await records.as('audit:verify', {})).toMatchObject({ ok: true });
  });

  it('is for the administrator only, and refuses an unknown household without changing anything', async () => {
    const before = databaseSnapshot(records.backend);
    expect((await records.refused('records:exportSubjectAccess', { id: records.household.id }, CHAIR))?.code).toBe(
      'FORBIDDEN',
    );
    const missing = await records.refused('records:exportSubjectAccess', { id: 'no-such-household' });
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('This household') });
    expect((await records.refused('records:exportSubjectAccess', { id: '../etc' }))?.code).toBe('VALIDATION_FAILED');
    expect(databaseSnapshot(records.backend)).toBe(before);
  });
});
