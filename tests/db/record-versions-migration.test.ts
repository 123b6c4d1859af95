import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/migrate';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import {
  MIGRATIONS_FOLDER,
  databaseKeyFor,
  loopbackCaller,
  migrationsThrough,
  openTestBackend,
  signIn,
  tempFolder,
  type TestBackend,
} from '../factories/backend';
import { LOOPBACK } from '../factories/backend';
import { attending } from '../factories/versions';

const NOW = new Date('2026-12-03T09:00:00Z');
const AT = '2026-11-01T09:00:00.000Z';

/** The migration just before this one, found by name: other migrations may be numbered around it at merge. */
function tagBeforeRecordVersions(): string {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };
  const at = journal.entries.findIndex((entry) => entry.tag.endsWith('_record_versions'));
  const before = journal.entries[at - 1];
  if (at < 1 || !before) throw new Error('record_versions is not among the shipped migrations');
  return before.tag;
}

/** A database from before attendance carried a version: a planned sitting with one member invited. */
async function releasedDatabase(folder: string): Promise<void> {
  const old = await openDatabase({
    file: path.join(folder, 'panel.sqlite'),
    migrationsFolder: migrationsThrough(tagBeforeRecordVersions()),
    backupFolder: path.join(folder, 'backups'),
    now: NOW,
    key: databaseKeyFor(folder),
  });
  old.sqlite
    .prepare(
      `INSERT INTO sittings (id, kind, date, start_time, venue, status, created_at, updated_at)
       VALUES ('s1', 'main', '2027-01-11', '09:30', 'County Hall', 'planned', '${AT}', '${AT}')`,
    )
    .run();
  old.sqlite
    .prepare(
      `INSERT INTO members (id, name, name_key, list_role, independent, background, social_worker_pqe3,
         appointment_date, status, created_at, updated_at)
       VALUES ('m1', 'Aisha Rahman', 'aisha rahman', 'member', 1, 'other', 0, '2024-01-01', 'active', '${AT}', '${AT}')`,
    )
    .run();
  old.sqlite
    .prepare(`INSERT INTO sitting_attendance (id, sitting_id, member_id, status) VALUES ('a1', 's1', 'm1', 'invited')`)
    .run();
  old.sqlite.close();
}

describe('migrating to a version on every attendance row', () => {
  let backend: TestBackend | null = null;
  afterEach(() => backend?.dispose());

  it('starts each existing row at version 1, shows it, and refuses a save against an older one', async () => {
    const folder = tempFolder();
    await releasedDatabase(folder);
    backend = await openTestBackend({ folder });
    await signIn(backend);
    const opened = backend;
    const as = loopbackCaller(() => opened);
    expect(opened.store.sqlite.prepare('SELECT id, version FROM sitting_attendance').all()).toEqual([
      { id: 'a1', version: 1 },
    ]);
    const sitting = await as<SittingDetail>('sittings:get', { id: 's1' });
    expect(sitting.attendance.map((a) => [a.memberId, a.version])).toEqual([['m1', 1]]);
    const saved = await as<SittingDetail>(
      'sittings:recordAttendance',
      await attending(as, {
        sittingId: 's1',
        memberId: 'm1',
        version: 1,
        status: 'apologies',
      }),
    );
    expect(saved.attendance[0]).toMatchObject({ status: 'apologies', version: 2 });
    const stale = await opened.router.dispatch(LOOPBACK, 'sittings:recordAttendance', {
      sittingId: 's1',
      memberId: 'm1',
      version: 1,
      status: 'absent',
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'STALE_VERSION', conflict: { version: 2 } } });
  });
});
