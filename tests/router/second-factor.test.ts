import { generateSync } from 'otplib';
import { afterEach, describe, expect, it } from 'vitest';
import { updateUser } from '../../db/repositories/users-repository';
import type { Sender } from '../../electron/backend/sender';
import { FREE_ATTEMPTS } from '../../shared/domain/auth/throttle';
import { LOOPBACK, openTestBackend, type TestBackend } from '../factories/backend';
import { movableClock } from '../factories/clock';
import { settingsVersion } from '../factories/versions';

const PASSWORD = 'plum-kettle-harbour-42';
/** A seat on another computer, over the network transport. */
const SEAT: Sender = {
  transport: 'network',
  session: 'seat-one',
  tokenVerified: true,
  address: '10.0.0.7',
  seat: 'Chair laptop',
};
const OTHER_SEAT: Sender = { ...SEAT, session: 'seat-two', address: '10.0.0.8', seat: 'Another laptop' };
/** A browser on the host computer itself (a loopback address): not "another computer". */
const ON_HOST: Sender = { ...SEAT, session: 'seat-host', address: '127.0.0.1', seat: 'Host', onHost: true };

type Result = Awaited<ReturnType<TestBackend['router']['dispatch']>>;

describe('second factor (TOTP)', () => {
  let backend: TestBackend;
  let clock: ReturnType<typeof movableClock>;
  afterEach(() => backend.dispose());

  const call = (channel: string, input: unknown, sender: Sender = LOOPBACK) =>
    backend.router.dispatch(sender, channel, input);
  const codeOf = (result: Result) => (result.ok ? 'ok' : result.error.code);
  const valueOf = (result: Result): unknown => {
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value;
  };
  const read = async (channel: string, input: unknown) => valueOf(await call(channel, input));
  /** The code an authenticator app holding `secret` shows at the test clock's time. */
  const codeAt = (secret: string, offsetSeconds = 0) =>
    generateSync({ secret, epoch: Math.floor(clock.now().getTime() / 1000) + offsetSeconds });
  const auditText = () => JSON.stringify(backend.store.sqlite.prepare('SELECT * FROM audit_log').all());
  const sessionOf = async (sender: Sender) =>
    (valueOf(await call('auth:status', {}, sender)) as { session: { username: string } | null }).session;

  /** The administrator (signed in on the host) and a chair, with the setting as given. */
  async function start(requireForSeats = true) {
    clock = movableClock();
    backend = await openTestBackend({ clock });
    valueOf(
      await call('auth:createFirstAdministrator', { username: 'admin', displayName: 'Alex Admin', password: PASSWORD }),
    );
    const chair = valueOf(
      await call('users:create', {
        username: 'chair',
        displayName: 'Casey Chair',
        roles: ['chair'],
        memberId: null,
        temporaryPassword: PASSWORD,
      }),
    ) as { id: string };
    // The chair has chosen their own password already.
    updateUser(backend.store.db, chair.id, { mustChangePassword: false }, clock.now().toISOString());
    valueOf(
      await call('settings:update', {
        version: await settingsVersion(read),
        requireSecondFactorForSeats: requireForSeats,
      }),
    );
    return chair.id;
  }

  /** The chair signs in on the host computer and sets up a second factor; returns the secret their app holds. */
  async function enrolChair(): Promise<string> {
    const host: Sender = { transport: 'loopback', tokenVerified: true, client: 'chair-on-host' };
    valueOf(await call('auth:login', { username: 'chair', password: PASSWORD }, host));
    const begun = valueOf(await call('auth:beginSecondFactor', {}, host)) as { secret: string };
    const secret = begun.secret.replace(/ /g, '');
    valueOf(await call('auth:confirmSecondFactor', { code: codeAt(secret) }, host));
    valueOf(await call('auth:logout', {}, host));
    clock.advance(30_000);
    return secret;
  }

  it('enrols with a QR code, confirms with a code and never shows or records the secret again', async () => {
    await start(false);
    const begun = valueOf(await call('auth:beginSecondFactor', {})) as {
      secret: string;
      qrCode: string;
      accountName: string;
    };
    expect(begun.qrCode).toMatch(/^data:image\/png;base64,/);
    expect(begun.accountName).toBe('admin');
    const secret = begun.secret.replace(/ /g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(valueOf(await call('auth:secondFactor', {}))).toMatchObject({ enrolled: false, pending: true });

    const wrong = await call('auth:confirmSecondFactor', { code: codeAt(secret) === '000000' ? '111111' : '000000' });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { code: expect.any(String) } },
    });
    expect(valueOf(await call('auth:secondFactor', {}))).toMatchObject({ enrolled: false });

    const confirmed = await call('auth:confirmSecondFactor', { code: codeAt(secret) });
    expect(valueOf(confirmed)).toMatchObject({ enrolled: true, pending: false });
    expect(JSON.stringify(confirmed)).not.toContain(secret);
    expect(codeOf(await call('auth:beginSecondFactor', {}))).toBe('RULE_VIOLATION');
    expect(auditText()).not.toContain(secret);
    expect(auditText()).not.toContain(begun.secret);
    expect(JSON.stringify(valueOf(await call('users:list', {})))).not.toContain(secret);
  });

  it('asks a seat on another computer for a code after the password, and starts no session before it', async () => {
    await start();
    const secret = await enrolChair();

    const first = await call('auth:login', { username: 'chair', password: PASSWORD }, SEAT);
    expect(first).toMatchObject({ ok: false, error: { code: 'SECOND_FACTOR_REQUIRED' } });
    expect(await sessionOf(SEAT)).toBeNull();
    expect(codeOf(await call('members:list', {}, SEAT))).toBe('UNAUTHENTICATED');

    const wrong = await call('auth:verifyCode', { code: codeAt(secret, 600) }, SEAT);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await sessionOf(SEAT)).toBeNull();
    // The waiting sign-in belongs to its seat: another computer cannot finish it with a right code.
    expect(codeOf(await call('auth:verifyCode', { code: codeAt(secret) }, OTHER_SEAT))).toBe('UNAUTHENTICATED');
    expect(await sessionOf(OTHER_SEAT)).toBeNull();

    expect(valueOf(await call('auth:verifyCode', { code: codeAt(secret) }, SEAT))).toMatchObject({ username: 'chair' });
    expect(await sessionOf(SEAT)).toMatchObject({ username: 'chair' });
    expect(auditText()).toContain('password accepted; code asked for');
    expect(auditText()).toContain('logged in with a code');
  });

  it('asks no code on the host computer, nor anywhere when the setting is off', async () => {
    await start();
    await enrolChair();
    expect(codeOf(await call('auth:login', { username: 'chair', password: PASSWORD }, ON_HOST))).toBe('ok');
    valueOf(
      await call('settings:update', { version: await settingsVersion(read), requireSecondFactorForSeats: false }),
    );
    expect(codeOf(await call('auth:login', { username: 'chair', password: PASSWORD }, SEAT))).toBe('ok');
    // The setting's changes are in the audit trail (shown in words by shared/domain/audit).
    expect(auditText()).toContain('requireSecondFactorForSeats');
  });

  it('refuses a user with no second factor from another computer, telling them what to do', async () => {
    await start();
    const refused = await call('auth:login', { username: 'chair', password: PASSWORD }, SEAT);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/host computer.*administrator/);
    expect(await sessionOf(SEAT)).toBeNull();
    expect(codeOf(await call('auth:verifyCode', { code: '123456' }, SEAT))).toBe('UNAUTHENTICATED');
  });

  it('never accepts the same code twice', async () => {
    await start();
    const secret = await enrolChair();
    const code = codeAt(secret);
    await call('auth:login', { username: 'chair', password: PASSWORD }, SEAT);
    expect(codeOf(await call('auth:verifyCode', { code }, SEAT))).toBe('ok');
    valueOf(await call('auth:logout', {}, SEAT));

    // Someone who saw it typed tries it at once from another computer, within its 30 seconds.
    await call('auth:login', { username: 'chair', password: PASSWORD }, OTHER_SEAT);
    expect(codeOf(await call('auth:verifyCode', { code }, OTHER_SEAT))).toBe('UNAUTHENTICATED');
    expect(await sessionOf(OTHER_SEAT)).toBeNull();
    // Nor the code of the step before, once a later one was used.
    expect(codeOf(await call('auth:verifyCode', { code: codeAt(secret, -30) }, OTHER_SEAT))).toBe('UNAUTHENTICATED');
    clock.advance(30_000);
    expect(codeOf(await call('auth:verifyCode', { code: codeAt(secret) }, OTHER_SEAT))).toBe('ok');
  });

  it('throttles codes as passwords are, counting each before it is checked', async () => {
    await start();
    const secret = await enrolChair();
    await call('auth:login', { username: 'chair', password: PASSWORD }, SEAT);
    const wrongCode = codeAt(secret) === '000000' ? '111111' : '000000';
    const results = await Promise.all(
      Array.from({ length: 20 }, () => call('auth:verifyCode', { code: wrongCode }, SEAT)),
    );
    const codes = results.map(codeOf);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(FREE_ATTEMPTS);
    expect(codes.filter((code) => code === 'THROTTLED')).toHaveLength(20 - FREE_ATTEMPTS);
    // The right code waits too, and signing in again with the password does not clear the count.
    expect(codeOf(await call('auth:verifyCode', { code: codeAt(secret) }, SEAT))).toBe('THROTTLED');
    await call('auth:login', { username: 'chair', password: PASSWORD }, SEAT);
    expect(codeOf(await call('auth:verifyCode', { code: codeAt(secret) }, SEAT))).toBe('THROTTLED');
    clock.advance(31_000);
    expect(codeOf(await call('auth:verifyCode', { code: codeAt(secret) }, SEAT))).toBe('ok');
  });

  it('lets the administrator reset a second factor, audited, and no one else', async () => {
    const chairId = await start();
    await enrolChair();
    const chairHere: Sender = { transport: 'loopback', tokenVerified: true, client: 'chair-again' };
    valueOf(await call('auth:login', { username: 'chair', password: PASSWORD }, chairHere));
    expect(codeOf(await call('users:resetSecondFactor', { id: chairId }, chairHere))).toBe('FORBIDDEN');
    expect(codeOf(await call('users:secondFactor', { id: chairId }, chairHere))).toBe('FORBIDDEN');

    expect(valueOf(await call('users:secondFactor', { id: chairId }))).toMatchObject({ enrolled: true });
    expect(valueOf(await call('users:resetSecondFactor', { id: chairId }))).toMatchObject({ enrolled: false });
    const row = backend.store.sqlite
      .prepare(
        `SELECT entity_id AS entityId, user_name AS userName, changes FROM audit_log WHERE channel = 'users:resetSecondFactor'`,
      )
      .get() as { entityId: string; userName: string; changes: string };
    expect(row).toMatchObject({ entityId: chairId, userName: 'Alex Admin' });
    expect(row.changes).toContain('removed');
    expect(codeOf(await call('users:resetSecondFactor', { id: chairId }))).toBe('RULE_VIOLATION');
    // Without one, a sign-in from another computer is refused until it is set up again.
    expect(codeOf(await call('auth:login', { username: 'chair', password: PASSWORD }, SEAT))).toBe('FORBIDDEN');
  });
});
