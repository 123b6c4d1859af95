import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppDatabase } from '../../db/connection';
import { members } from '../../db/schema';
import { EventBus } from '../../electron/backend/event-bus';
import { sequentialIds } from '../../electron/backend/ids';
import { readOnly } from '../../electron/backend/read-only';
import { Router, type ReadContext } from '../../electron/backend/router';
import { testClock } from '../factories/clock';
import { databaseSnapshot, LOOPBACK, openTestBackend, signIn, type TestBackend } from '../factories/backend';
import { memberInput } from '../factories/members';

const NEW_MEMBER = {
  id: 'sneaked',
  name: 'Sneaked In',
  nameKey: 'sneaked in',
  listRole: 'member',
  independent: true,
  background: 'health',
  socialWorkerPqe3: false,
  appointmentDate: '2024-01-01',
  status: 'active',
  createdAt: 'x',
  updatedAt: 'x',
} as const;

/* eslint-disable @typescript-eslint/no-unsafe-call -- each call below is meant not to type-check */
/** A read handler's db has no way to write: each line below must fail to type-check (`tsc -b` runs over tests). */
export function readsCannotWriteByType(ctx: ReadContext): void {
  // @ts-expect-error a read's handle has no insert
  ctx.db.insert(members);
  // @ts-expect-error nor update
  ctx.db.update(members);
  // @ts-expect-error nor delete
  ctx.db.delete(members);
  // @ts-expect-error nor raw statements
  ctx.db.run('DELETE FROM members');
  // @ts-expect-error nor a transaction
  ctx.db.transaction(() => undefined);
}
/* eslint-enable @typescript-eslint/no-unsafe-call */

describe('reads cannot write', () => {
  let backend: TestBackend;
  let log: ReturnType<typeof vi.fn<(message: string, error: unknown) => void>>;
  let router: Router;
  beforeEach(async () => {
    backend = await openTestBackend();
    await signIn(backend);
    log = vi.fn<(message: string, error: unknown) => void>();
    router = new Router({
      store: backend.store,
      clock: testClock,
      ids: sequentialIds('x'),
      sessions: backend.sessions,
      events: new EventBus(),
      audit: backend.audit,
      log,
    });
  });
  afterEach(() => backend.dispose());

  it('refuses at run time a read handler that writes through a cast, and changes nothing', async () => {
    router.handle('members:list', (ctx) => {
      (ctx.db as AppDatabase).insert(members).values(NEW_MEMBER).run();
      return [];
    });
    const before = databaseSnapshot(backend);
    const result = await router.dispatch(LOOPBACK, 'members:list', {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('nothing') } });
    expect(String(log.mock.calls[0]?.[1])).toMatch(/readonly/i);
    expect(databaseSnapshot(backend)).toBe(before);
  });

  it('refuses raw SQL on the connection too, and lets the next write through', async () => {
    router.handle('members:list', () => {
      backend.store.sqlite.exec('DELETE FROM settings');
      return [];
    });
    const before = databaseSnapshot(backend);
    expect((await router.dispatch(LOOPBACK, 'members:list', {})).ok).toBe(false);
    expect(databaseSnapshot(backend)).toBe(before);
    // The guard is off again after the refused read: the real router's write commits.
    const created = await backend.router.dispatch(LOOPBACK, 'members:create', memberInput());
    expect(created.ok).toBe(true);
  });

  it('guards only while the read runs, also when it throws, and only its own connection', async () => {
    const sqlite = backend.store.sqlite;
    const second = await openTestBackend();
    const write = (on: typeof sqlite) => on.prepare(`UPDATE settings SET value = value`).run();
    expect(() =>
      readOnly(sqlite, () => {
        expect(() => write(sqlite)).toThrow(/readonly/);
        expect(() => sqlite.exec('SELECT 1')).toThrow(/readonly/);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(() => write(sqlite)).not.toThrow();
    try {
      readOnly(sqlite, () => expect(() => write(second.store.sqlite)).not.toThrow());
    } finally {
      second.dispose();
    }
  });

  it('lets every real read through: a screen read still answers', async () => {
    const created = await backend.router.call('members:create', memberInput());
    expect(await backend.router.call('members:list', {})).toEqual([expect.objectContaining({ id: created.id })]);
    expect(await backend.router.call('records:retention', {})).toMatchObject({ section: 'due' });
  });
});
