import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sender } from '../../electron/backend/sender';
import { openDatabase } from '../../db/migrate';
import type { AuditEntry } from '../../shared/schemas/audit';
import type { ComplaintPage, FeedbackPage } from '../../shared/schemas/complaints';
import type { Household } from '../../shared/schemas/household';
import type { RecommendationView } from '../../shared/schemas/recommendation';
import type {
  RetentionEntry,
  RetentionOverview,
  RetentionSection,
  SubjectAccessData,
  SubjectAccessSaved,
} from '../../shared/schemas/records';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import {
  databaseSnapshot,
  MIGRATIONS_FOLDER,
  migrationsThrough,
  tempFolder,
  databaseKeyFor,
} from '../factories/backend';
import { householdInput } from '../factories/households';
import { CHAIR, DAY, openHouseholdRecords, type HouseholdRecords } from '../factories/household-records';

const PURGE_REASON = 'Annual retention review 2036';

describe('retention and purging (FSR regulation 32)', () => {
  let records: HouseholdRecords;
  beforeEach(async () => {
    records = await openHouseholdRecords();
  });
  afterEach(() => records.backend.dispose());

  const overview = (section: RetentionSection) => records.as<RetentionOverview>('records:retention', { section });
  /** The household's entry, from whichever list it is in. */
  const entry = async (id = records.household.id) => {
    for (const section of ['due', 'kept', 'purged'] as const) {
      const found = (await overview(section)).entries.find((e) => e.id === id);
      if (found) return found;
    }
    return undefined;
  };
  const purge = async (id = records.household.id) =>
    records.as<RetentionEntry>('records:purge', { id, version: (await entry(id))?.version, reason: PURGE_REASON });
  /** Moves the clock to the morning of `iso` and unlocks the windows the idle lock closed. */
  function moveTo(iso: string) {
    records.clock.advance(new Date(`${iso}T09:00:00`).getTime() - records.clock.now().getTime());
    records.wake();
  }
  async function refusedUnchanged(input: unknown, sender?: Sender) {
    const before = databaseSnapshot(records.backend);
    const error = await records.refused('records:purge', input, sender);
    expect(databaseSnapshot(records.backend)).toBe(before);
    return error;
  }

  it('lists ended households with their retention date, and only open ones are left out', async () => {
    const active = await records.as<Household>('households:create', householdInput());
    expect(await entry()).toMatchObject({
      reference: records.household.reference,
      status: 'resigned',
      basis: 'approval_ended',
      basisLabel: '10 years from the end of approval',
      endedOn: '2026-12-21',
      purgeableFrom: '2036-12-21',
      due: false,
      purge: null,
    });
    expect(await entry(active.id)).toBeUndefined();
  });

  it('refuses a purge before the retention date with a clear message, changing nothing', async () => {
    moveTo('2036-12-20');
    const error = await refusedUnchanged({ id: records.household.id, version: 3, reason: PURGE_REASON });
    expect(error).toMatchObject({
      code: 'RULE_VIOLATION',
      message:
        'These records must be kept until 21 December 2036: 10 years from the end of approval on 21 December 2026 (FSR regulation 32). They cannot be purged before then.',
    });
  });

  it('refuses an open household, a missing reason, a stale version, an unknown household and a non-administrator', async () => {
    moveTo('2036-12-21');
    const active = await records.as<Household>('households:create', householdInput());
    expect(await refusedUnchanged({ id: active.id, version: active.version, reason: PURGE_REASON })).toMatchObject({
      code: 'RULE_VIOLATION',
      message: expect.stringContaining('still an applicant, approved or on hold'),
    });
    const version = (await entry())?.version;
    expect(await refusedUnchanged({ id: records.household.id, version, reason: '  ' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      fieldErrors: { reason: 'Enter the reason for purging these records' },
    });
    expect(
      (await refusedUnchanged({ id: records.household.id, version: (version ?? 0) - 1, reason: PURGE_REASON }))?.code,
    ).toBe('STALE_VERSION');
    expect((await refusedUnchanged({ id: 'nobody', version: 1, reason: PURGE_REASON }))?.code).toBe('NOT_FOUND');
    expect((await refusedUnchanged({ id: records.household.id, version, reason: PURGE_REASON }, CHAIR))?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('from the retention date, removes the personal data and keeps the anonymous facts', async () => {
    moveTo('2036-12-21');
    expect(await entry()).toMatchObject({ due: true });
    const purged = await purge();
    expect(purged).toMatchObject({
      displayName: 'Record purged',
      due: false,
      purge: { purgedByName: expect.stringMatching(/^Tester/), reason: PURGE_REASON, documentsCleared: 2 },
    });

    const household = await records.as<Household>('households:get', { id: records.household.id });
    expect(household).toMatchObject({
      reference: records.household.reference,
      displayName: 'Record purged',
      applicantNames: ['Record purged'],
      address: null,
      assessingSocialWorker: null,
      householdType: 'mainstream',
      status: 'resigned',
      approvalDate: '2026-11-23',
      children: [],
      terms: { typesOfCare: ['short_term'], numberOfChildren: 2, namedChildren: [] },
    });
    expect(household.history.map((h) => h.status)).toEqual(['resigned', 'approved', 'applicant']);

    // Agenda items, recommendations and decisions stay, for the annual report.
    const sitting = await records.as<SittingDetail>('sittings:get', { id: records.sitting.id });
    expect(sitting.items.map((i) => [i.id, i.household?.reference])).toEqual([
      [records.approvalItem, records.household.reference],
      [records.resignationItem, records.household.reference],
    ]);
    expect(sitting.people.map((p) => p.name).sort()).toEqual(['Record purged', 'Record purged', 'Sam Social']);
    const recommendation = await records.as<RecommendationView>('recommendations:get', {
      itemId: records.approvalItem,
    });
    expect(recommendation).toMatchObject({ outcome: 'suitable', votesFor: 4, terms: { namedChildren: [] } });
    const sql = records.backend.store.sqlite;
    expect(sql.prepare('SELECT state, decision_code AS code FROM adm_cases').all()).toEqual([
      { state: 'decided', code: 'approve' },
    ]);

    // Letters: the register keeps what was issued, when and its fingerprint; the bytes are gone.
    expect(
      sql
        .prepare(
          'SELECT sha256, size_bytes > 0 AS sized, length(bytes) AS held FROM issued_documents ORDER BY issued_at, id',
        )
        .all(),
    ).toEqual(records.letters.map((l) => ({ sha256: l.sha256, sized: 1, held: 0 })));
    expect(await records.refused('documents:reissue', { id: records.letters[0]?.documentId })).toMatchObject({
      code: 'RULE_VIOLATION',
      message: expect.stringContaining('removed when the household'),
    });

    const [complaint] = (await records.as<ComplaintPage>('complaints:list', { householdId: records.household.id }))
      .complaints;
    expect(complaint).toMatchObject({ summary: 'Record purged', receivedOn: '2026-11-23', source: 'applicant' });
    const [feedback] = (await records.as<FeedbackPage>('feedback:list', {})).forms;
    expect(feedback).toMatchObject({ rating: 5, comment: null });

    // The audit row records the facts of the purge, not a copy of what it removed.
    const audit = await records.as<{ entries: AuditEntry[] }>('audit:list', {
      entityType: 'retention',
      entityId: records.household.id,
    });
    expect(audit.entries).toHaveLength(1);
    expect(audit.entries[0]?.changes).toEqual({
      purged: [null, records.household.reference],
      basis: [null, 'approval_ended'],
      endedOn: [null, '2026-12-21'],
      purgeableFrom: [null, '2036-12-21'],
      reason: [null, PURGE_REASON],
      documentsCleared: [null, 2],
    });
    expect(await records.as('audit:verify', {})).toMatchObject({ ok: true });

    // Nothing personal is left outside the audit trail's history of earlier changes.
    const everything = JSON.stringify(
      (JSON.parse(databaseSnapshot(records.backend)) as [string, unknown][]).filter(
        ([name]) => name !== 'audit_log' && name !== 'minutes_versions',
      ),
    );
    for (const personal of [
      ...records.household.applicantNames,
      'MT1 1AA',
      'Tom Applicant',
      'Bea Supporter',
      'Irene Oakes',
      'felt rushed',
      'felt welcome',
    ]) {
      expect(everything).not.toContain(personal);
    }

    // A subject access export now holds only the anonymous facts, and says why.
    const saved = await records.as<SubjectAccessSaved>('records:exportSubjectAccess', { id: records.household.id });
    const files = unzipSync(readFileSync(saved.path));
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'data.json', 'summary.docx']);
    const data = JSON.parse(strFromU8(files['data.json'] ?? new Uint8Array())) as SubjectAccessData;
    expect(data.purge).toMatchObject({ reason: PURGE_REASON, documentsCleared: 2 });
    expect(data.documents.map((d) => d.inExportAs)).toEqual([null, null]);

    // The details cannot be filled in again.
    const edit = await records.refused('households:update', {
      ...householdInput(),
      id: household.id,
      version: purged.version,
    });
    expect(edit?.message).toBe(
      "This household's records were purged on 21 December 2036 after their retention date. They can no longer be changed.",
    );

    // Once only.
    expect(
      await refusedUnchanged({ id: records.household.id, version: purged.version, reason: PURGE_REASON }),
    ).toMatchObject({
      code: 'RULE_VIOLATION',
      message: expect.stringContaining('were already purged on 21 December 2036 by Tester'),
    });
  });

  it('keeps a withdrawn applicant 3 years from the withdrawal', async () => {
    let withdrawn = await records.as<Household>('households:create', householdInput());
    withdrawn = await records.as<Household>('households:changeStatus', {
      id: withdrawn.id,
      version: withdrawn.version,
      status: 'withdrawn',
      effectiveDate: '2026-11-20',
      reason: 'Moving abroad',
    });
    expect(await entry(withdrawn.id)).toMatchObject({ basis: 'withdrawn', purgeableFrom: '2029-11-20', due: false });
    moveTo('2029-11-19');
    expect(
      (await refusedUnchanged({ id: withdrawn.id, version: withdrawn.version, reason: PURGE_REASON }))?.message,
    ).toContain('must be kept until 20 November 2029: 3 years from the withdrawal on 20 November 2026');
    records.clock.advance(DAY);
    records.wake();
    expect(await purge(withdrawn.id)).toMatchObject({ displayName: 'Record purged', purge: { documentsCleared: 0 } });
    // The carer whose approval ended is still kept.
    expect(await entry()).toMatchObject({ due: false, purge: null });
  });

  it('lists each section a page at a time in its own order, with how many are in each', async () => {
    // 52 applicants withdrew in 2020 (long past their 3 years), one last week (kept until 2029).
    const withdraw = async (effectiveDate: string) => {
      const created = await records.as<Household>('households:create', householdInput());
      return records.as<Household>('households:changeStatus', {
        id: created.id,
        version: created.version,
        status: 'withdrawn',
        effectiveDate,
        reason: 'Withdrew during the assessment',
      });
    };
    const dates = Array.from(
      { length: 52 },
      (_, i) => `2020-${String(1 + (i % 12)).padStart(2, '0')}-${10 + Math.floor(i / 12)}`,
    );
    for (const date of dates) await withdraw(date);
    const recent = await withdraw('2026-11-16');
    const due = await overview('due');
    expect(due.counts).toEqual({ due: 52, kept: 2, purged: 0 });
    expect(due).toMatchObject({ section: 'due', page: 1, pageSize: 50 });
    expect(due.entries).toHaveLength(50);
    const ended = due.entries.map((e) => e.endedOn ?? '');
    expect(ended).toEqual([...dates].sort().slice(0, 50));
    const second = await records.as<RetentionOverview>('records:retention', { section: 'due', page: 2 });
    expect(second.entries.map((e) => e.endedOn)).toEqual([...dates].sort().slice(50));
    // Kept: the carer (approval ended 2026, kept 10 years) after the applicant due in 2029.
    const kept = await overview('kept');
    expect(kept.entries.map((e) => e.id)).toEqual([recent.id, records.household.id]);
    expect((await overview('purged')).entries).toEqual([]);
    // The lists are worked out again after any change, and when the day turns.
    const withdrawn = await withdraw('2019-05-01');
    // The write itself worked the date out again, in its transaction: the read after it writes nothing.
    const sql = records.backend.store.sqlite;
    expect(sql.prepare('SELECT count(*) FROM retention_stale').pluck().get()).toBe(0);
    expect(
      sql.prepare('SELECT purgeable_from FROM retention_dates WHERE household_id = ?').pluck().get(withdrawn.id),
    ).toBe('2022-05-01');
    expect((await overview('kept')).counts).toEqual({ due: 53, kept: 2, purged: 0 });
    moveTo('2029-11-16');
    expect((await overview('kept')).counts).toEqual({ due: 54, kept: 1, purged: 0 });
    expect(await records.refused('records:retention', { section: 'all' })).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('lets the database clear the bytes of a purged household only, and nothing else about its letters', async () => {
    const sql = records.backend.store.sqlite;
    const clear = () =>
      sql.prepare(`UPDATE issued_documents SET bytes = x'' WHERE household_id = ?`).run(records.household.id);
    expect(clear).toThrow(/kept as issued: they cannot be changed/);
    moveTo('2036-12-21');
    await purge();
    expect(() => sql.prepare(`UPDATE issued_documents SET file_name = 'other.docx'`).run()).toThrow(
      /cannot be changed/,
    );
    expect(() => sql.prepare(`UPDATE issued_documents SET bytes = x'00'`).run()).toThrow(/cannot be changed/);
    expect(() => sql.prepare(`DELETE FROM issued_documents`).run()).toThrow(/cannot be deleted/);
    expect(() => sql.prepare(`DELETE FROM household_purges`).run()).toThrow(/cannot be deleted/);
    expect(() => sql.prepare(`UPDATE household_purges SET reason = 'x'`).run()).toThrow(/cannot be changed/);
  });
});

describe('migration 0009 (household purges)', () => {
  it('applies to a database the previous version wrote, keeping its letters as issued', async () => {
    const folder = tempFolder();
    const options = (migrationsFolder: string) => ({
      file: path.join(folder, 'panel.sqlite'),
      migrationsFolder,
      backupFolder: path.join(folder, 'backups'),
      key: databaseKeyFor(folder),
      now: new Date('2026-11-23T09:00:00Z'),
    });
    // The release before 0009: every later migration runs over its rows too.
    const previous = await openDatabase(options(migrationsThrough('0008_complaints_feedback')));
    previous.sqlite.exec(
      `INSERT INTO households (id, reference, reference_key, display_name, applicant_names, household_type, status, created_at, updated_at)
         VALUES ('h1', 'FC-1', 'FC-1', 'Mr A', '["Al A"]', 'mainstream', 'resigned', 'x', 'x');
       INSERT INTO issued_documents (id, kind, subject_id, household_id, file_name, sha256, size_bytes, bytes, issued_at, issued_by_name)
         VALUES ('d1', 'letter-approval', 'i1', 'h1', 'a.docx', 'abc', 2, x'0102', 'x', 'Admin');`,
    );
    previous.sqlite.close();
    const current = await openDatabase(options(MIGRATIONS_FOLDER));
    expect(current.state).toMatchObject({ kind: 'pending', applied: 9 });
    const letter = current.sqlite.prepare(`SELECT length(bytes) AS held FROM issued_documents WHERE id = 'd1'`).get();
    const clear = () => current.sqlite.prepare(`UPDATE issued_documents SET bytes = x''`).run();
    expect(letter).toEqual({ held: 2 });
    expect(clear).toThrow(/kept as issued/);
    expect(current.sqlite.prepare('SELECT count(*) AS n FROM household_purges').get()).toEqual({ n: 0 });
    expect(current.sqlite.pragma('foreign_key_check')).toEqual([]);
    current.sqlite.close();
  });
});
