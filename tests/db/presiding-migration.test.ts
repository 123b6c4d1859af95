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

const options = (folder: string, migrationsFolder: string) => ({
  file: path.join(folder, 'panel.sqlite'),
  migrationsFolder,
  backupFolder: path.join(folder, 'backups'),
  key: databaseKeyFor(folder),
  now: NOW,
});

/**
 * A database the November 2026 release wrote, with a sitting, an item heard
 * and its recommendation, opened by this version: the item's presider, the
 * service's recommendation and the recommendation's "presided by" are new
 * and empty, and everything recorded before is kept as it was.
 */
describe('the presider per item and the service’s recommendation, from the November 2026 release', () => {
  it('adds empty columns and keeps the sitting, its item and its recommendation', async () => {
    const folder = tempFolder();
    const old = await openDatabase(options(folder, migrationsThrough(RELEASE_2026_11)));
    old.sqlite.exec(
      `INSERT INTO members (id, name, name_key, list_role, independent, background, social_worker_pqe3, appointment_date, status, created_at, updated_at)
         VALUES ('m1', 'Ann Smith', 'ann smith', 'chair', 1, 'health', 0, '2024-01-01', 'active', 'x', 'x');
       INSERT INTO sittings (id, kind, date, start_time, presider_id, status, created_at, updated_at)
         VALUES ('s1', 'main', '2026-11-10', '09:30', 'm1', 'held', 'x', 'x');
       INSERT INTO agenda_items (id, sitting_id, item_type, position, duration_minutes, checklist, status, created_at, updated_at)
         VALUES ('i1', 's1', 'resignation', 1, 15, '{"notice":true}', 'heard', 'x', 'y');
       INSERT INTO recommendations (id, item_id, outcome, reasons, unanimous, votes_for, votes_against, votes_abstaining, dissent, recorded_by_name, on_behalf_of, recorded_at)
         VALUES ('r1', 'i1', 'noted', 'Retiring', 1, 5, 0, 0, '[]', 'Admin', 'Ann Smith', 'z');`,
    );
    old.sqlite.close();

    const current = await openDatabase(options(folder, MIGRATIONS_FOLDER));
    const item = current.sqlite
      .prepare(
        `SELECT sitting_id, item_type, checklist, status, updated_at, presider_id, service_outcome, service_reasons FROM agenda_items WHERE id = 'i1'`,
      )
      .get();
    const recommendation = current.sqlite
      .prepare(
        `SELECT outcome, reasons, on_behalf_of, presided_by_member_id, presided_by_name FROM recommendations WHERE id = 'r1'`,
      )
      .get();
    const sitting = current.sqlite.prepare(`SELECT presider_id FROM sittings WHERE id = 's1'`).get();
    const check = current.sqlite.pragma('foreign_key_check');
    current.sqlite.close();

    expect(item).toEqual({
      sitting_id: 's1',
      item_type: 'resignation',
      checklist: '{"notice":true}',
      status: 'heard',
      updated_at: 'y',
      presider_id: null,
      service_outcome: null,
      service_reasons: null,
    });
    expect(recommendation).toEqual({
      outcome: 'noted',
      reasons: 'Retiring',
      on_behalf_of: 'Ann Smith',
      presided_by_member_id: null,
      presided_by_name: null,
    });
    expect(sitting).toEqual({ presider_id: 'm1' });
    expect(check).toEqual([]);
  });
});
