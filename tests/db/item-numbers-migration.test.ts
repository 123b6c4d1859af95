import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/migrate';
import type { SittingDetail } from '../../shared/schemas/sitting-views';
import {
  databaseKeyFor,
  loopbackCaller,
  migrationsThrough,
  openTestBackend,
  signIn,
  tempFolder,
  type TestBackend,
} from '../factories/backend';

const NOW = new Date('2026-12-03T09:00:00Z');
const AT = '2026-11-01T09:00:00.000Z';

/**
 * A database from before item numbers were kept (through 0019): a held sitting
 * whose second item was withdrawn after the papers went out, a sitting whose
 * papers are out, and one still being planned.
 */
async function releasedDatabase(folder: string): Promise<void> {
  const old = await openDatabase({
    file: path.join(folder, 'panel.sqlite'),
    migrationsFolder: migrationsThrough('0019_audit_row_digests'),
    backupFolder: path.join(folder, 'backups'),
    now: NOW,
    key: databaseKeyFor(folder),
  });
  const sitting = old.sqlite.prepare(
    `INSERT INTO sittings (id, kind, date, start_time, venue, status, papers_sent_date, created_at, updated_at)
     VALUES (?, 'main', ?, '09:30', 'County Hall', ?, ?, '${AT}', '${AT}')`,
  );
  sitting.run('held', '2026-11-16', 'held', '2026-11-09');
  sitting.run('sent', '2026-12-14', 'papers_sent', '2026-12-03');
  sitting.run('planned', '2027-01-11', 'planned', null);
  const item = old.sqlite.prepare(
    `INSERT INTO agenda_items (id, sitting_id, item_type, title, position, duration_minutes, checklist, status,
       created_at, updated_at) VALUES (?, ?, 'business', ?, ?, 15, '{}', ?, '${AT}', '${AT}')`,
  );
  // Positions as reordering leaves them: not necessarily 1, 2, 3.
  item.run('h1', 'held', 'Alpha', 1, 'heard');
  item.run('h2', 'held', 'Bravo', 2, 'withdrawn');
  item.run('h3', 'held', 'Charlie', 5, 'heard');
  item.run('s1', 'sent', 'Delta', 2, 'scheduled');
  item.run('s2', 'sent', 'Echo', 1, 'scheduled');
  item.run('p1', 'planned', 'Foxtrot', 1, 'scheduled');
  old.sqlite.close();
}

describe('migrating to item numbers fixed when the papers go out', () => {
  let backend: TestBackend | null = null;
  afterEach(() => backend?.dispose());

  it('numbers the items of each sitting whose papers are out in today’s agenda order, and leaves planned ones to follow their order', async () => {
    const folder = tempFolder();
    await releasedDatabase(folder);
    backend = await openTestBackend({ folder });
    await signIn(backend);
    const opened = backend;
    const as = loopbackCaller(() => opened);
    const stored = opened.store.sqlite
      .prepare('SELECT id, number, added_late AS late FROM agenda_items ORDER BY id')
      .all();
    expect(stored).toEqual([
      { id: 'h1', number: 1, late: 0 },
      { id: 'h2', number: 2, late: 0 },
      { id: 'h3', number: 3, late: 0 },
      { id: 'p1', number: null, late: 0 },
      { id: 's1', number: 2, late: 0 },
      { id: 's2', number: 1, late: 0 },
    ]);
    const held = await as<SittingDetail>('sittings:get', { id: 'held' });
    expect(held.items.map((i) => [i.title, i.number])).toEqual([
      ['Alpha', 1],
      ['Bravo', 2],
      ['Charlie', 3],
    ]);
    // Added now, to a sitting whose papers went out before the upgrade: the next number, late.
    const sent = await as<SittingDetail>('items:add', {
      sittingId: 'sent',
      itemType: 'business',
      title: 'Golf',
      durationMinutes: 10,
    });
    expect(sent.items.map((i) => [i.title, i.number, i.addedLate])).toEqual([
      ['Echo', 1, false],
      ['Delta', 2, false],
      ['Golf', 3, true],
    ]);
  });
});
