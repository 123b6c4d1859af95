import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/migrate';
import {
  MIGRATIONS_FOLDER,
  migrationsThrough,
  RELEASE_2026_11,
  tempFolder,
  databaseKeyFor,
} from '../factories/backend';

const NOW = new Date('2026-11-23T09:00:00Z');

/**
 * A database as the November 2026 release wrote it, with one extension, one
 * resignation noted by panel and one ADM decision, opened by this version.
 */
describe('migrating extensions, resignations and telling', () => {
  it('keeps every extension (as ordinary) and resignation, and leaves old decisions out of telling', async () => {
    const folder = tempFolder();
    const options = (migrationsFolder?: string) => ({
      file: path.join(folder, 'panel.sqlite'),
      backupFolder: path.join(folder, 'backups'),
      key: databaseKeyFor(folder),
      now: NOW,
      migrationsFolder: migrationsFolder ?? MIGRATIONS_FOLDER,
    });
    const old = await openDatabase(options(migrationsThrough(RELEASE_2026_11)));
    const at = '2026-10-01T09:00:00.000Z';
    for (const sql of [
      `INSERT INTO households (id, reference, reference_key, display_name, applicant_names, household_type, status, temporary_approval_date, created_at, updated_at)
       VALUES ('h1', 'CP-1', 'CP-1', 'Ms Kin', '["Ms Kin"]', 'connected_person', 'applicant', '2026-06-01', '${at}', '${at}'),
              ('h2', 'FC-2', 'FC-2', 'Mr Carer', '["Mr Carer"]', 'mainstream', 'resigned', NULL, '${at}', '${at}')`,
      `INSERT INTO sittings (id, kind, date, start_time, status, created_at, updated_at)
       VALUES ('s1', 'main', '2026-09-14', '09:30', 'held', '${at}', '${at}')`,
      `INSERT INTO agenda_items (id, sitting_id, household_id, item_type, position, duration_minutes, checklist, status, created_at, updated_at)
       VALUES ('i1', 's1', 'h1', 'temporary_approval_extension', 1, 20, '{}', 'heard', '${at}', '${at}'),
              ('i2', 's1', 'h2', 'resignation', 2, 10, '{}', 'heard', '${at}', '${at}'),
              ('i3', 's1', 'h2', 'first_review', 3, 30, '{}', 'heard', '${at}', '${at}')`,
      `INSERT INTO temporary_extensions (household_id, item_id, previous_end, new_end, decided_on, decided_by_user_id, decided_by_name, iro_told_on, recorded_at)
       VALUES ('h1', 'i1', '2026-09-20', '2026-11-15', '2026-09-15', NULL, 'Nina Officer', '2026-09-16', '${at}')`,
      `INSERT INTO resignations (item_id, household_id, notice_received_on, approval_ends, reason, recorded_by_name, recorded_at)
       VALUES ('i2', 'h2', '2026-09-01', '2026-09-29', 'retirement', 'Admin', '${at}')`,
      `INSERT INTO adm_cases (item_id, household_id, state, verdict, decision_code, decided_on, decided_by_name, updated_at)
       VALUES ('i3', 'h2', 'decided', 'agree', 'continue', '2026-09-20', 'Priya Shah', '${at}')`,
    ]) {
      old.sqlite.prepare(sql).run();
    }
    old.sqlite.close();

    const opened = await openDatabase(options());
    const db = opened.sqlite;
    expect(db.prepare(`SELECT * FROM temporary_extensions`).all()).toEqual([
      {
        item_id: 'i1',
        household_id: 'h1',
        kind: 'ordinary',
        irm_case_item_id: null,
        previous_end: '2026-09-20',
        new_end: '2026-11-15',
        decided_on: '2026-09-15',
        decided_by_user_id: null,
        decided_by_name: 'Nina Officer',
        iro_told_on: '2026-09-16',
        recorded_at: at,
      },
    ]);
    const resignation = db.prepare(`SELECT * FROM resignations`).get() as Record<string, unknown>;
    expect(resignation).toMatchObject({
      item_id: 'i2',
      household_id: 'h2',
      notice_received_on: '2026-09-01',
      approval_ends: '2026-09-29',
      reason: 'retirement',
      recorded_by_name: 'Admin',
    });
    expect(resignation.id).toMatch(/^[0-9a-f]{32}$/);
    // The retention triggers on resignations are back after the table was rebuilt.
    db.prepare(`DELETE FROM retention_stale`).run();
    db.prepare(`UPDATE resignations SET reason = 'other' WHERE item_id = 'i2'`).run();
    expect(db.prepare(`SELECT household_id FROM retention_stale`).all()).toEqual([{ household_id: 'h2' }]);
    // A notice can now be recorded without a panel item.
    db.prepare(
      `INSERT INTO resignations (id, item_id, household_id, notice_received_on, approval_ends, recorded_by_name, recorded_at)
       VALUES ('r2', NULL, 'h2', '2026-11-01', '2026-11-29', 'Admin', '${at}')`,
    ).run();
    expect(
      db
        .prepare(`SELECT told_orally_on, told_orally_by_name, telling_tracked, told_in_writing_on FROM adm_cases`)
        .get(),
    ).toEqual({ told_orally_on: null, told_orally_by_name: null, telling_tracked: 0, told_in_writing_on: null });
    // Issuing the decision letter tells the applicant in writing; the decision record does not.
    const issue = (id: string, kind: string, issuedAt: string) =>
      db
        .prepare(
          `INSERT INTO issued_documents (id, kind, subject_id, household_id, file_name, sha256, size_bytes, bytes, issued_at, issued_by_name)
           VALUES (?, ?, 'i3', 'h2', 'x.docx', 'x', 1, x'00', ?, 'Admin')`,
        )
        .run(id, kind, issuedAt);
    issue('d1', 'letter-decision-record', '2026-09-21T10:00:00.000Z');
    expect(db.prepare(`SELECT told_in_writing_on AS d FROM adm_cases`).get()).toEqual({ d: null });
    issue('d2', 'letter-review-outcome', '2026-09-22T10:00:00.000Z');
    issue('d3', 'letter-review-outcome', '2026-09-25T10:00:00.000Z');
    expect(db.prepare(`SELECT told_in_writing_on AS d FROM adm_cases`).get()).toEqual({ d: '2026-09-22' });
    expect(db.prepare(`PRAGMA foreign_key_check`).all()).toEqual([]);
    db.close();
  });
});
