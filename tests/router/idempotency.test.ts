import { createHash, randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sender } from '../../electron/backend/sender';
import { KEY_LIFETIME_MS, pruneExpiredKeys } from '../../electron/backend/idempotency';
import { testClock } from '../factories/clock';
import { databaseSnapshot, LOOPBACK, openTestBackend, signIn, type TestBackend } from '../factories/backend';
import { memberInput } from '../factories/members';

/** A seat over the network transport, and a second person at another seat. */
const LAPTOP: Sender = {
  transport: 'network',
  session: 'laptop-session',
  tokenVerified: true,
  address: '10.0.0.7',
  seat: 'Panel room laptop',
};
const DESK: Sender = { ...LAPTOP, session: 'desk-session', address: '10.0.0.9', seat: 'ADM desk' };

/** One user action's input, sent again unchanged on a retry (the factory makes each member's email unique). */
const ANN = memberInput({ name: 'Ann Smith' });

describe('idempotency keys', () => {
  let backend: TestBackend;
  const count = (table: string) =>
    (backend.store.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const write = (key: string | undefined, input: unknown = ANN, sender: Sender = LOOPBACK) =>
    backend.router.dispatch(sender, 'members:create', input, key === undefined ? {} : { idempotencyKey: key });

  beforeEach(async () => {
    backend = await openTestBackend();
    await signIn(backend);
  });
  afterEach(() => backend.dispose());

  it('answers a retry with the first answer and writes once: one row, one audit row, one event', async () => {
    const key = randomUUID();
    const events: string[] = [];
    backend.events.subscribe((name) => events.push(name));
    const audited = count('audit_log');
    const first = await write(key);
    const again = await write(key);
    expect(first).toMatchObject({ ok: true, value: { name: 'Ann Smith' } });
    expect(again).toEqual(first);
    expect(count('members')).toBe(1);
    expect(count('audit_log')).toBe(audited + 1);
    expect(count('idempotency_keys')).toBe(1);
    expect(events).toEqual(['data:changed']);
    // Without a key, or with a new one, it is a new action, written again.
    expect(await write(undefined, memberInput({ name: 'Bea Jones' }))).toMatchObject({ ok: true });
    expect(await write(randomUUID(), memberInput({ name: 'Cai Evans' }))).toMatchObject({ ok: true });
    expect(count('members')).toBe(3);
  });

  it('refuses the same key from another person, and writes nothing', async () => {
    const key = randomUUID();
    await signIn(backend, ['administrator'], LAPTOP);
    await signIn(backend, ['administrator'], DESK);
    expect(await write(key, undefined, LAPTOP)).toMatchObject({ ok: true });
    const before = databaseSnapshot(backend);
    expect(await write(key, undefined, DESK)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(databaseSnapshot(backend)).toBe(before);
  });

  it('refuses the same key for another channel or other input, and writes nothing', async () => {
    const key = randomUUID();
    const created = await write(key);
    const before = databaseSnapshot(backend);
    expect(await write(key, memberInput({ name: 'Bea Jones' }))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('already used for a different change') },
    });
    const memberId = created.ok ? (created.value as { id: string }).id : '';
    const other = await backend.router.dispatch(
      LOOPBACK,
      'members:update',
      { ...ANN, name: 'Ann Smythe', id: memberId, version: 1 },
      { idempotencyKey: key },
    );
    expect(other).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(databaseSnapshot(backend)).toBe(before);
  });

  it('ignores a key on a read: the same key then serves a write', async () => {
    const key = randomUUID();
    const listed = await backend.router.dispatch(LOOPBACK, 'members:list', {}, { idempotencyKey: key });
    expect(listed.ok).toBe(true);
    expect(count('idempotency_keys')).toBe(0);
    expect(await write(key)).toMatchObject({ ok: true });
    expect(count('idempotency_keys')).toBe(1);
  });

  it('requires a key on a network write, not on the host itself; a malformed key is refused', async () => {
    await signIn(backend, ['administrator'], LAPTOP);
    const before = databaseSnapshot(backend);
    expect(await write(undefined, undefined, LAPTOP)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('request key') },
    });
    expect(await write('short', undefined, LAPTOP)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await write('x'.repeat(40) + '; drop', undefined)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
    expect(databaseSnapshot(backend)).toBe(before);
    // Reads need none.
    expect(await backend.router.dispatch(LAPTOP, 'members:list', {})).toMatchObject({ ok: true });
    expect(await write(randomUUID(), undefined, LAPTOP)).toMatchObject({ ok: true });
  });

  it('writes once when the retry arrives while the first is still being prepared', async () => {
    const key = randomUUID();
    const input = {
      username: 'mellis',
      displayName: 'Margaret Ellis',
      roles: ['viewer'],
      memberId: null,
      temporaryPassword: 'temporary-lantern-81',
    };
    // users:create hashes the password in `prepare`, outside the transaction: both calls are in flight at once.
    const [first, second] = await Promise.all([
      backend.router.dispatch(LOOPBACK, 'users:create', input, { idempotencyKey: key }),
      backend.router.dispatch(LOOPBACK, 'users:create', input, { idempotencyKey: key }),
    ]);
    expect(first).toMatchObject({ ok: true, value: { username: 'mellis' } });
    expect(second).toEqual(first);
    expect(
      (backend.store.sqlite.prepare(`SELECT count(*) AS n FROM users WHERE username = 'mellis'`).get() as { n: number })
        .n,
    ).toBe(1);
  });

  it('keeps no plain hash of a password in the key table: secret fields are left out of the input digest', async () => {
    const input = {
      username: 'rkhan',
      displayName: 'Ravi Khan',
      roles: ['viewer'],
      temporaryPassword: 'temporary-lantern-81',
    };
    const created = await backend.router.dispatch(LOOPBACK, 'users:create', input, { idempotencyKey: randomUUID() });
    expect(created).toMatchObject({ ok: true });
    const row = backend.store.sqlite
      .prepare(`SELECT input_digest AS digest FROM idempotency_keys WHERE channel = 'users:create'`)
      .get() as { digest: string };
    const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
    expect(row.digest).not.toBe(sha(input));
    expect(row.digest).toBe(sha({ ...input, temporaryPassword: '[secret]' }));
  });

  it('forgets keys older than a day, so such a key writes again', async () => {
    const key = randomUUID();
    await write(key);
    expect(pruneExpiredKeys(backend.store.db, new Date(testClock.now().getTime() + KEY_LIFETIME_MS - 1000))).toBe(0);
    expect(pruneExpiredKeys(backend.store.db, new Date(testClock.now().getTime() + KEY_LIFETIME_MS + 1000))).toBe(1);
    expect(await write(key, memberInput({ name: 'Bea Jones' }))).toMatchObject({ ok: true });
    expect(count('members')).toBe(2);
  });
});
