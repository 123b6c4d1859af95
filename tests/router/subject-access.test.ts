import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/schemas/audit';
import type { DecisionCaseView, HouseholdResignation } from '../../shared/schemas/decision';
import type { Household } from '../../shared/schemas/household';
import type { SubjectAccessData, SubjectAccessSaved } from '../../shared/schemas/records';
import { databaseSnapshot, tempFolder } from '../factories/backend';
import { docxText } from '../factories/docx-text';
import { OFFICE_TIMEOUT_MS, pdfPagesOf } from '../factories/office';
import { ADM, AWKWARD, CHAIR, openHouseholdRecords, type HouseholdRecords } from '../factories/household-records';

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
    // Named by main: the letter, the household's reference and the date it went out.
    const letterName = path.basename(records.letters[0]?.path ?? '');
    expect(letterName).toMatch(
      new RegExp(`^Approval-letter-${records.household.reference}-\\d{4}-\\d{2}-\\d{2}\\.docx$`),
    );
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

  it('includes exemptions, placement ends, reg 26 dates, review kinds, the service’s recommendation, who told the applicant and the IRM’s consideration', async () => {
    const { as, approvalItem, household, backend } = records;
    const sql = backend.store.sqlite;
    const now = '2026-11-23T10:00:00.000Z';
    // Recorded through the router where this household's journey still allows it.
    const decided = await as<DecisionCaseView>('decisions:get', { itemId: approvalItem }, ADM);
    await as(
      'decisions:recordToldOrally',
      { itemId: approvalItem, version: decided.case.version, toldOn: '2026-11-23', toldByName: 'Sam Worker' },
      ADM,
    );
    const current = await as<Household>('households:get', { id: household.id });
    await as('households:update', {
      ...current,
      children: [{ ...current.children[0], placementEndedOn: '2026-11-20' }],
    });
    // The rest as their own features store them (each is recorded through the router in its own tests).
    sql
      .prepare(
        `UPDATE agenda_items SET service_outcome = 'suitable', service_reasons = 'A warm and stable home.',
         report_given_date = '2026-10-01', observations_received_date = '2026-10-08' WHERE id = ?`,
      )
      .run(approvalItem);
    const item = (id: string, type: string, reviewKind: string | null) =>
      sql
        .prepare(
          `INSERT INTO agenda_items (id, version, sitting_id, household_id, item_type, position, duration_minutes,
           checklist, status, review_kind, created_at, updated_at)
           VALUES (?, 1, NULL, ?, ?, 0, 20, '{}', 'heard', ?, ?, ?)`,
        )
        .run(id, household.id, type, reviewKind, now, now);
    item('sar-review', 'other_review', 'allegation');
    item('sar-exemption', 'exemption', null);
    sql
      .prepare(
        `INSERT INTO exemption_terms (item_id, recommended_children, recommended_conditions, decided_children, decided_conditions)
         VALUES ('sar-exemption', '["AB","CD"]', 'While the siblings stay together.', '["AB","CD"]', 'Reviewed yearly.')`,
      )
      .run();
    sql
      .prepare(
        `INSERT INTO adm_cases (item_id, household_id, state, irm_recommendation, irm_recommendation_on, irm_considered,
         irm_departs, irm_departure_reasons, final_code, final_reasons, final_decided_on, final_decided_by_name, updated_at)
         VALUES ('sar-review', ?, 'final', 'Continue approval.', '2026-11-10', 1, 1, 'New information since the IRM panel.',
         'terminate', 'Standards not met.', '2026-11-20', 'Priya Shah', ?)`,
      )
      .run(household.id, now);

    const saved = await as<SubjectAccessSaved>('records:exportSubjectAccess', { id: household.id });
    const { data, summary } = readExport(saved);
    expect(data.household.children[0]).toMatchObject({ initials: 'JS', placementEndedOn: '2026-11-20' });
    expect(data.agendaItems.find((i) => i.id === approvalItem)).toMatchObject({
      serviceRecommendationToPanel: { outcome: 'suitable', reasons: 'A warm and stable home.' },
      reportGivenDate: '2026-10-01',
      observationsReceivedDate: '2026-10-08',
    });
    expect(data.agendaItems.find((i) => i.id === 'sar-review')).toMatchObject({
      reviewKind: 'allegation',
      reviewKindLabel: 'Review after an allegation',
    });
    expect(data.decisions.find((d) => d.itemId === approvalItem)).toMatchObject({
      toldOrallyOn: '2026-11-23',
      toldOrallyByName: 'Sam Worker',
    });
    expect(data.decisions.find((d) => d.itemId === 'sar-review')).toMatchObject({
      irmRecommendationOn: '2026-11-10',
      irmConsidered: true,
      irmDeparts: true,
      irmDepartureReasons: 'New information since the IRM panel.',
    });
    expect(data.exemptions).toEqual([
      {
        itemId: 'sar-exemption',
        recommendedChildren: ['AB', 'CD'],
        recommendedConditions: 'While the siblings stay together.',
        grantedChildren: ['AB', 'CD'],
        grantedConditions: 'Reviewed yearly.',
      },
    ]);
    for (const text of [
      '20 November 2026', // the placement's end
      "The service's recommendation to panel: Suitable to be approved",
      'A warm and stable home.',
      'Assessment report given to the applicant',
      '1 October 2026',
      '8 October 2026',
      'Review after an allegation',
      '23 November 2026 by Sam Worker',
      "IRM panel's recommendation considered",
      'New information since the IRM panel.',
      'Exemptions from the usual fostering limit',
      'While the siblings stay together.',
      'Reviewed yearly.',
    ]) {
      expect(summary).toContain(text);
    }
  });

  it('includes the reviews done without panel and a notice recorded on the household, with its reason', async () => {
    const carers = await records.approvedCarers('Mr and Mrs Kindly');
    await records.as('reviews:recordWithoutPanel', {
      householdId: carers.id,
      reviewDate: '2026-11-20',
      kind: 'standards_of_care',
      outcomeSummary: 'Standards of care met; a training plan agreed.',
      reviewedBy: 'Rita Reviewer',
    });
    const notice = await records.as<HouseholdResignation>('resignations:record', {
      householdId: carers.id,
      noticeReceivedOn: '2026-11-21',
      reason: 'retirement',
    });
    const { data, summary } = readExport(
      await records.as<SubjectAccessSaved>('records:exportSubjectAccess', { id: carers.id }),
    );
    expect(data.reviewsWithoutPanel).toEqual([
      {
        id: expect.any(String),
        reviewDate: '2026-11-20',
        kind: 'standards_of_care',
        kindLabel: 'Standards of care review',
        outcomeSummary: 'Standards of care met; a training plan agreed.',
        reviewedBy: 'Rita Reviewer',
        recordedByName: expect.any(String),
      },
    ]);
    expect(data.resignations).toEqual([
      expect.objectContaining({
        id: notice.id,
        itemId: null,
        noticeReceivedOn: '2026-11-21',
        approvalEnds: '2026-12-19',
        reason: 'Retirement',
      }),
    ]);
    for (const text of [
      'Reviews done without panel',
      'Standards of care review',
      'Standards of care met; a training plan agreed.',
      'Rita Reviewer',
      'Noted by the panel',
      '21 November 2026',
      '19 December 2026',
      'Retirement',
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
