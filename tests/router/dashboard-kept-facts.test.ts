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

  const SITTING = { kind: 'main', date: '2026-11-23', startTime: '09:30', venue: 'County Hall' } as const;
  const feedbackOn = (sittingId: string) =>
    ({ receivedOn: '2026-11-23', fromKind: 'carer', sittingId, rating: 4, comment: 'Felt heard.' }) as const;
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

  it('keeps its values across writes of entities they do not depend on, never across the others', async () => {
    let worked = 0;
    const keep = keptBetweenWrites((write) => write.entity === 'household');
    const kept = (db: typeof backend.store.db) => keep(db, 'today', () => ({ worked: ++worked }));
    const db = backend.store.db;
    const sittingId = (await backend.router.call('sittings:create', SITTING)).id;
    kept(db);
    expect(worked).toBe(1);

    // A feedback form is not a household: what was worked out still stands.
    await backend.router.call('feedback:create', feedbackOn(sittingId));
    kept(db);
    expect(worked).toBe(1);

    await backend.router.call('households:create', householdInput());
    expect(kept(db)).toEqual({ worked: 2 });

    // A change no write of the router claimed always counts, whichever table it touched.
    backend.store.sqlite.prepare(`UPDATE feedback_forms SET comment = 'edited by hand'`).run();
    expect(kept(db)).toEqual({ worked: 3 });
  });

  it('tells writes apart by channel as well as entity: a new household is not a change to one', async () => {
    let worked = 0;
    const keep = keptBetweenWrites((write) => write.entity === 'household' && write.channel !== 'households:create');
    const kept = (db: typeof backend.store.db) => keep(db, 'today', () => ({ worked: ++worked }));
    const db = backend.store.db;
    const household = await backend.router.call('households:create', householdInput());
    kept(db);
    await backend.router.call('households:create', householdInput());
    expect(kept(db)).toEqual({ worked: 1 });
    const { id, version, reference } = household;
    await backend.router.call('households:update', { ...householdInput({ reference }), id, version });
    expect(kept(db)).toEqual({ worked: 2 });
  });

  it('keeps the dashboard across a feedback form, and shows a household written next at once', async () => {
    const sittingId = (await backend.router.call('sittings:create', SITTING)).id;
    expect(await applications()).toEqual([]);
    await backend.router.call('feedback:create', feedbackOn(sittingId));
    expect(await applications()).toEqual([]);
    const household = await backend.router.call('households:create', householdInput());
    expect((await applications()).map((e) => e.subject)).toEqual([household.reference]);
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
