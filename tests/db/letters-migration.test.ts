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

const NOW = new Date('2026-12-03T09:00:00Z');
const AT = '2026-11-23T09:00:00.000Z';

function options(folder: string, migrationsFolder: string) {
  return {
    file: path.join(folder, 'panel.sqlite'),
    migrationsFolder,
    backupFolder: path.join(folder, 'backups'),
    key: databaseKeyFor(folder),
    now: NOW,
  };
}

/** Approved minutes whose approved version records its presider with this list role label. */
function approvedMinutes(presiderRole: string | null) {
  return JSON.stringify({ sitting: { presider: presiderRole ? { name: 'A Presider', role: presiderRole } : null } });
}

describe('the letters migration, from a database as the November 2026 release wrote it', () => {
  it('reads each minutes approval’s capacity from the version approved, and adds the IRM consideration empty', async () => {
    const folder = tempFolder();
    const old = await openDatabase(options(folder, migrationsThrough(RELEASE_2026_11)));
    const sitting = old.sqlite.prepare(
      `INSERT INTO sittings (id, kind, date, start_time, status, created_at, updated_at)
       VALUES (?, 'main', '2026-11-23', '09:30', 'minutes_approved', ?, ?)`,
    );
    const minutes = old.sqlite.prepare(
      `INSERT INTO minutes (sitting_id, notes, approved_version_number, approved_hash, approved_by_name, approved_at, updated_at)
       VALUES (?, '{}', ?, ?, 'A Presider', ?, ?)`,
    );
    const version = old.sqlite.prepare(
      `INSERT INTO minutes_versions (id, sitting_id, number, content, hash, saved_at, saved_by_name)
       VALUES (?, ?, ?, ?, 'h', ?, 'Admin')`,
    );
    const cases: [string, string | null, number | null][] = [
      ['by-chair', 'Chair', 2],
      ['by-vice', 'Vice chair', 1],
      ['no-presider', null, 1],
      ['not-approved', 'Chair', null],
    ];
    for (const [id, role, approved] of cases) {
      sitting.run(id, AT, AT);
      minutes.run(id, approved, approved ? 'h' : null, AT, AT);
      // Version 1 was presided by a vice chair; a later version 2 by the chair: the approved one counts.
      version.run(`${id}-1`, id, 1, approvedMinutes(role === 'Chair' ? 'Vice chair' : role), AT);
      version.run(`${id}-2`, id, 2, approvedMinutes(role), AT);
    }
    old.sqlite.close();

    const current = await openDatabase(options(folder, MIGRATIONS_FOLDER));
    const rows = current.sqlite
      .prepare('SELECT sitting_id, approved_by_capacity, approved_by_name FROM minutes ORDER BY sitting_id')
      .all();
    const caseColumns = current.sqlite
      .prepare(`SELECT name FROM pragma_table_info('adm_cases') WHERE name LIKE 'irm_%' ORDER BY name`)
      .all();
    current.sqlite.close();
    expect(rows).toEqual([
      { sitting_id: 'by-chair', approved_by_capacity: 'chair', approved_by_name: 'A Presider' },
      { sitting_id: 'by-vice', approved_by_capacity: 'vice_chair', approved_by_name: 'A Presider' },
      { sitting_id: 'no-presider', approved_by_capacity: null, approved_by_name: 'A Presider' },
      { sitting_id: 'not-approved', approved_by_capacity: null, approved_by_name: 'A Presider' },
    ]);
    expect(caseColumns.map((c) => (c as { name: string }).name)).toEqual([
      'irm_considered',
      'irm_departs',
      'irm_departure_reasons',
      'irm_papers_due',
      'irm_recommendation',
      'irm_recommendation_on',
    ]);
  });
});
