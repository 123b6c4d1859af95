import { afterEach, describe, expect, it } from 'vitest';
import { getUserRecord } from '../../db/repositories/users-repository';
import type { Sender } from '../../electron/backend/sender';
import { passwordChecksSoFar } from '../../electron/features/auth/passwords';
import { FREE_ATTEMPTS } from '../../shared/domain/auth/throttle';
import { LOOPBACK, openTestBackend, type TestBackend } from '../factories/backend';

const PASSWORD = 'plum-kettle-harbour-42';
const ATTACKER: Sender = { transport: 'ipc', frameUrl: 'app://panel/index.html', isMainFrame: true, contentsId: 9 };
const PARALLEL = 300;

/**
 * The attack: many calls at once for one account. Each must be counted before
 * its password is checked, so no more passwords are tried than the throttle allows.
 */
describe('throttles under parallel calls', () => {
  let backend: TestBackend;
  afterEach(() => backend.dispose());

  async function start(): Promise<string> {
    backend = await openTestBackend();
    const created = await backend.router.dispatch(LOOPBACK, 'auth:createFirstAdministrator', {
      username: 'admin',
      displayName: 'Alex Admin',
      password: PASSWORD,
    });
    if (!created.ok) throw new Error(created.error.message);
    return (created.value as { userId: string }).userId;
  }

  const refusedRows = (channel: string) =>
    (
      backend.store.sqlite
        .prepare(`SELECT count(*) AS n FROM audit_log WHERE channel = ? AND changes LIKE '%refused%'`)
        .get(channel) as { n: number }
    ).n;

  async function inParallel(sender: Sender, channel: string, input: unknown) {
    const before = passwordChecksSoFar();
    const results = await Promise.all(
      Array.from({ length: PARALLEL }, () => backend.router.dispatch(sender, channel, input)),
    );
    return { checks: passwordChecksSoFar() - before, codes: results.map((r) => (r.ok ? 'ok' : r.error.code)) };
  }

  it(`checks at most ${FREE_ATTEMPTS} passwords for ${PARALLEL} parallel wrong logins`, async () => {
    const userId = await start();
    const { checks, codes } = await inParallel(ATTACKER, 'auth:login', {
      username: 'admin',
      password: 'wrong-guess-1',
    });
    expect(checks).toBe(FREE_ATTEMPTS);
    expect(codes.filter((code) => code === 'THROTTLED')).toHaveLength(PARALLEL - FREE_ATTEMPTS);
    expect(getUserRecord(backend.store.db, userId)?.failedAttempts).toBe(FREE_ATTEMPTS);
    expect(refusedRows('auth:login')).toBe(FREE_ATTEMPTS);
    // The right password is throttled too until the wait is over.
    expect(
      await backend.router.dispatch(ATTACKER, 'auth:login', { username: 'admin', password: PASSWORD }),
    ).toMatchObject({
      ok: false,
      error: { code: 'THROTTLED' },
    });
  });

  it('holds for a username that does not exist', async () => {
    await start();
    const { checks } = await inParallel(ATTACKER, 'auth:login', { username: 'nobody', password: 'wrong-guess-1' });
    expect(checks).toBe(FREE_ATTEMPTS);
  });

  it(`checks at most ${FREE_ATTEMPTS} passwords for ${PARALLEL} parallel wrong unlocks`, async () => {
    const userId = await start();
    expect((await backend.router.dispatch(LOOPBACK, 'auth:lock', {})).ok).toBe(true);
    const { checks, codes } = await inParallel(LOOPBACK, 'auth:unlock', { password: 'wrong-guess-1' });
    expect(checks).toBe(FREE_ATTEMPTS);
    expect(codes.filter((code) => code === 'THROTTLED')).toHaveLength(PARALLEL - FREE_ATTEMPTS);
    expect(getUserRecord(backend.store.db, userId)?.failedAttempts).toBe(FREE_ATTEMPTS);
    expect(refusedRows('auth:unlock')).toBe(FREE_ATTEMPTS);
  });

  it('throttles and audits the current-password check of a password change', async () => {
    const userId = await start();
    const input = { currentPassword: 'wrong-guess-1', newPassword: 'orchard-violin-teapot-7' };
    const { checks, codes } = await inParallel(LOOPBACK, 'auth:changePassword', input);
    expect(checks).toBe(FREE_ATTEMPTS);
    expect(codes.filter((code) => code === 'VALIDATION_FAILED')).toHaveLength(FREE_ATTEMPTS);
    expect(codes.filter((code) => code === 'THROTTLED')).toHaveLength(PARALLEL - FREE_ATTEMPTS);
    expect(getUserRecord(backend.store.db, userId)?.failedAttempts).toBe(FREE_ATTEMPTS);
    expect(refusedRows('auth:changePassword')).toBe(FREE_ATTEMPTS);
  });
});
