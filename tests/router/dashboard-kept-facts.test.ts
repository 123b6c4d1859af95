import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEncrypted } from '../../db/cipher';
import { keptBetweenWrites } from '../../electron/backend/kept-between-writes';
import { databaseKeyFor, openTestBackend, signIn, type TestBackend } from '../factories/backend';
import { householdInput } from '../factories/households';

/**
 * The dashboard keeps what its rules read between writes, so the seats that
 * read it again after a change work it out once (issue 20). Kept never past a
 * change: one made through the app, one made on the same connection outside
 * the router, one committed by another connection, or a new day.
 */
describe('facts kept between writes', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await openTestBackend();
    await signIn(backend);
  });
  afterEach(() => backend.dispose());

  const otherConnection = () => openEncrypted(backend.file, databaseKeyFor(backend.folder));
  const applications = async () =>
    (await backend.router.call('dashboard:due', {})).entries.filter((e) => e.kind === 'application');

  it('works a value out once between writes, and again after any change or for another key', async () => {
    let worked = 0;
    const keep = keptBetweenWrites();
    const kept = (db: typeof backend.store.db, day: string) => keep(db, day, () => ({ worked: ++worked }));
    const db = backend.store.db;
    const first = kept(db, '2026-11-23');
    expect(kept(db, '2026-11-23')).toBe(first);
    expect(worked).toBe(1);

    await backend.router.call('households:create', householdInput());
    expect(kept(db, '2026-11-23')).toEqual({ worked: 2 });

    backend.store.sqlite.prepare(`UPDATE households SET display_name = display_name || ' (renamed)'`).run();
    expect(kept(db, '2026-11-23')).toEqual({ worked: 3 });

    const other = otherConnection();
    try {
      other.prepare(`UPDATE households SET display_name = 'Changed elsewhere'`).run();
    } finally {
      other.close();
    }
    expect(kept(db, '2026-11-23')).toEqual({ worked: 4 });

    // Another key (a new day) is worked out apart; the first is still kept until a change.
    expect(kept(db, '2026-11-24')).toEqual({ worked: 5 });
    expect(kept(db, '2026-11-24')).toEqual({ worked: 5 });
    expect(kept(db, '2026-11-23')).toEqual({ worked: 4 });
  });

  it('shows on the dashboard a change made outside the app at once', async () => {
    const household = await backend.router.call('households:create', householdInput());
    expect((await applications()).map((e) => e.subject)).toEqual([household.reference]);
    // Read again with nothing written: the kept facts answer the same.
    expect((await applications()).map((e) => e.subject)).toEqual([household.reference]);

    const other = otherConnection();
    try {
      other.prepare(`UPDATE households SET status = 'withdrawn' WHERE id = ?`).run(household.id);
    } finally {
      other.close();
    }
    expect(await applications()).toEqual([]);

    backend.store.sqlite.prepare(`UPDATE households SET status = 'applicant' WHERE id = ?`).run(household.id);
    expect((await applications()).map((e) => e.subject)).toEqual([household.reference]);
  });
});
