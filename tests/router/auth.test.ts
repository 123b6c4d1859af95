import { afterEach, describe, expect, it } from 'vitest';
import { getUserRecord } from '../../db/repositories/users-repository';
import type { Sender } from '../../electron/backend/sender';
import { LOOPBACK, openTestBackend, type TestBackend } from '../factories/backend';
import { movableClock } from '../factories/clock';
import { memberInput } from '../factories/members';
import { settingsVersion } from '../factories/versions';

const PASSWORD = 'plum-kettle-harbour-42';
const OTHER_WINDOW: Sender = { transport: 'ipc', frameUrl: 'app://panel/index.html', isMainFrame: true, contentsId: 2 };

describe('accounts and sessions', () => {
  let backend: TestBackend;
  let clock: ReturnType<typeof movableClock>;
  const call = (channel: string, input: unknown, sender: Sender = LOOPBACK) =>
    backend.router.dispatch(sender, channel, input);
  const codeOf = async (channel: string, input: unknown, sender: Sender = LOOPBACK) => {
    const result = await call(channel, input, sender);
    return result.ok ? 'ok' : result.error.code;
  };
  const read = async (channel: string, input: unknown) => {
    const result = await call(channel, input);
    return result.ok ? result.value : null;
  };

  async function start(): Promise<void> {
    clock = movableClock();
    backend = await openTestBackend({ clock });
  }

  async function firstAdministrator(sender: Sender = LOOPBACK) {
    return call(
      'auth:createFirstAdministrator',
      { username: 'admin', displayName: 'Alex Admin', password: PASSWORD },
      sender,
    );
  }

  afterEach(() => backend.dispose());

  it('asks for the first administrator, once', async () => {
    await start();
    expect(await call('auth:status', {})).toMatchObject({
      ok: true,
      value: { needsFirstAdministrator: true, session: null },
    });
    expect(await codeOf('members:list', {})).toBe('UNAUTHENTICATED');
    expect(await firstAdministrator()).toMatchObject({
      ok: true,
      value: { username: 'admin', roles: ['administrator'] },
    });
    expect(await codeOf('members:list', {})).toBe('ok');
    expect(await firstAdministrator(OTHER_WINDOW)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('hashes passwords with argon2id at 19 MiB and 2 passes, never storing them', async () => {
    await start();
    const created = await firstAdministrator();
    const user = getUserRecord(backend.store.db, created.ok ? (created.value as { userId: string }).userId : '');
    expect(user?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(JSON.stringify(backend.store.sqlite.prepare('SELECT * FROM users').all())).not.toContain(PASSWORD);
    expect(JSON.stringify(backend.store.sqlite.prepare('SELECT * FROM audit_log').all())).not.toContain(PASSWORD);
  });

  it('refuses short and common passwords with a message on the field', async () => {
    await start();
    expect(
      await call('auth:createFirstAdministrator', { username: 'admin', displayName: 'A B', password: 'short' }),
    ).toMatchObject({
      ok: false,
      error: { fieldErrors: { password: 'Password must be at least 10 characters' } },
    });
    expect(
      await call('auth:createFirstAdministrator', { username: 'admin', displayName: 'A B', password: 'password123' }),
    ).toMatchObject({
      ok: false,
      error: { fieldErrors: { password: expect.stringContaining('too common') } },
    });
  });

  it('logs in, logs out, and keeps one session per window', async () => {
    await start();
    await firstAdministrator();
    expect(await codeOf('members:list', {}, OTHER_WINDOW)).toBe('UNAUTHENTICATED');
    expect(await codeOf('auth:login', { username: 'ADMIN', password: PASSWORD }, OTHER_WINDOW)).toBe('ok');
    expect(await codeOf('members:list', {}, OTHER_WINDOW)).toBe('ok');
    expect(await codeOf('auth:logout', {})).toBe('ok');
    expect(await codeOf('members:list', {})).toBe('UNAUTHENTICATED');
    expect(await codeOf('members:list', {}, OTHER_WINDOW)).toBe('ok');
  });

  it('gives the same answer for a wrong password and an unknown user', async () => {
    await start();
    await firstAdministrator();
    const wrong = await call('auth:login', { username: 'admin', password: 'not-the-password' }, OTHER_WINDOW);
    const unknown = await call('auth:login', { username: 'nobody', password: 'not-the-password' }, OTHER_WINDOW);
    expect(wrong).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: 'The username or password is not right.' },
    });
    expect(unknown).toEqual(wrong);
  });

  it('throttles after five failures with a growing wait, shown clearly', async () => {
    await start();
    await firstAdministrator();
    const attempt = (password: string) => call('auth:login', { username: 'admin', password }, OTHER_WINDOW);
    for (let i = 0; i < 4; i += 1) await attempt('wrong-password');
    expect(await attempt('wrong-password')).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('wait 30 seconds') },
    });
    expect(await attempt(PASSWORD)).toMatchObject({
      ok: false,
      error: { code: 'THROTTLED', message: 'Too many failed attempts. Wait 30 seconds before trying again.' },
    });
    clock.advance(31_000);
    expect(await attempt('wrong-again')).toMatchObject({
      error: { message: expect.stringContaining('wait 1 minute') },
    });
    clock.advance(30_000);
    expect(await codeOf('auth:login', { username: 'admin', password: PASSWORD }, OTHER_WINDOW)).toBe('THROTTLED');
    clock.advance(31_000);
    expect(await codeOf('auth:login', { username: 'admin', password: PASSWORD }, OTHER_WINDOW)).toBe('ok');
    // Success resets the count.
    expect(await attempt('wrong-password')).toMatchObject({
      error: { message: 'The username or password is not right.' },
    });
  });

  it('locks after the idle time and unlocks only with the password', async () => {
    await start();
    await firstAdministrator();
    clock.advance(14 * 60_000);
    expect(await codeOf('auth:activity', {})).toBe('ok');
    clock.advance(14 * 60_000);
    expect(await codeOf('members:list', {})).toBe('ok');
    clock.advance(16 * 60_000);
    expect(await codeOf('members:list', {})).toBe('LOCKED');
    expect(await call('auth:status', {})).toMatchObject({ ok: true, value: { session: { locked: true } } });
    expect(await call('auth:unlock', { password: 'wrong-password' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED', fieldErrors: { password: 'The password is not right' } },
    });
    expect(await codeOf('members:list', {})).toBe('LOCKED');
    expect(await codeOf('auth:unlock', { password: PASSWORD })).toBe('ok');
    expect(await codeOf('members:list', {})).toBe('ok');
    expect(await codeOf('auth:lock', {})).toBe('ok');
    expect(await codeOf('members:list', {})).toBe('LOCKED');
  });

  it('follows the idle time set in settings', async () => {
    await start();
    await firstAdministrator();
    expect(
      await codeOf('settings:update', { version: await settingsVersion(read), idleLockMinutes: 2, backupFolder: null }),
    ).toBe('ok');
    clock.advance(3 * 60_000);
    expect(await codeOf('members:list', {})).toBe('LOCKED');
  });

  it('manages users: roles, member link, reset, disable; never deletes', async () => {
    await start();
    await firstAdministrator();
    const member = await backend.router.call(
      'members:create',
      memberInput({ name: 'Margaret Ellis', listRole: 'chair' }),
    );
    const created = await call('users:create', {
      username: 'mellis',
      displayName: 'Margaret Ellis',
      roles: ['chair', 'viewer'],
      memberId: member.id,
      temporaryPassword: 'temporary-lantern-81',
    });
    expect(created).toMatchObject({
      ok: true,
      value: { username: 'mellis', roles: ['chair', 'viewer'], memberName: 'Margaret Ellis', mustChangePassword: true },
    });
    expect(
      await codeOf('users:create', {
        username: 'MEllis',
        displayName: 'X Y',
        roles: ['viewer'],
        temporaryPassword: 'temporary-lantern-81',
      }),
    ).toBe('CONFLICT');

    // The new user must change the temporary password before doing anything else.
    expect(await codeOf('auth:login', { username: 'mellis', password: 'temporary-lantern-81' }, OTHER_WINDOW)).toBe(
      'ok',
    );
    expect(await codeOf('members:list', {}, OTHER_WINDOW)).toBe('PASSWORD_CHANGE_REQUIRED');
    const change = { currentPassword: 'temporary-lantern-81', newPassword: 'orchard-violin-teapot-7' };
    expect(await codeOf('auth:changePassword', change, OTHER_WINDOW)).toBe('ok');
    expect(await codeOf('members:list', {}, OTHER_WINDOW)).toBe('ok');
    expect(await codeOf('members:create', memberInput(), OTHER_WINDOW)).toBe('FORBIDDEN');

    const user = created.ok ? (created.value as { id: string; version: number }) : { id: '', version: 0 };
    const fresh = await backend.router.call('users:get', { id: user.id });
    expect(await codeOf('users:setDisabled', { id: user.id, version: fresh.version, disabled: true })).toBe('ok');
    expect(await codeOf('auth:login', { username: 'mellis', password: 'orchard-violin-teapot-7' }, OTHER_WINDOW)).toBe(
      'UNAUTHENTICATED',
    );
    expect((await backend.router.call('users:list', {})).map((u) => [u.username, u.disabled])).toEqual([
      ['admin', false],
      ['mellis', true],
    ]);
  });

  it('keeps at least one administrator', async () => {
    await start();
    const admin = await firstAdministrator();
    const me = await backend.router.call('users:get', {
      id: admin.ok ? (admin.value as { userId: string }).userId : '',
    });
    expect(
      await call('users:update', { id: me.id, version: me.version, displayName: me.displayName, roles: ['viewer'] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'RULE_VIOLATION', message: expect.stringContaining('only administrator') },
    });
    expect(await codeOf('users:setDisabled', { id: me.id, version: me.version, disabled: true })).toBe(
      'RULE_VIOLATION',
    );
  });

  it('applies role changes and disabling to people already logged in', async () => {
    await start();
    await firstAdministrator();
    const user = await backend.router.call('users:create', {
      username: 'helper',
      displayName: 'Hal Helper',
      roles: ['administrator'],
      temporaryPassword: 'temporary-lantern-81',
    });
    await call('auth:login', { username: 'helper', password: 'temporary-lantern-81' }, OTHER_WINDOW);
    await call(
      'auth:changePassword',
      { currentPassword: 'temporary-lantern-81', newPassword: 'orchard-violin-teapot-7' },
      OTHER_WINDOW,
    );
    expect(await codeOf('users:list', {}, OTHER_WINDOW)).toBe('ok');
    const current = await backend.router.call('users:get', { id: user.id });
    await call('users:update', { id: user.id, version: current.version, displayName: 'Hal Helper', roles: ['viewer'] });
    expect(await codeOf('users:list', {}, OTHER_WINDOW)).toBe('FORBIDDEN');
    const demoted = await backend.router.call('users:get', { id: user.id });
    await call('users:setDisabled', { id: user.id, version: demoted.version, disabled: true });
    expect(await codeOf('members:list', {}, OTHER_WINDOW)).toBe('UNAUTHENTICATED');
  });

  it('answers activity while locked instead of refusing it', async () => {
    await start();
    await firstAdministrator();
    await call('auth:lock', {});
    expect(await call('auth:activity', {})).toEqual({ ok: true, value: { locked: true } });
  });

  it('resets a password so the user must choose a new one', async () => {
    await start();
    await firstAdministrator();
    const created = await backend.router.call('users:create', {
      username: 'viewer1',
      displayName: 'Vic Viewer',
      roles: ['viewer'],
      temporaryPassword: 'temporary-lantern-81',
    });
    await call('auth:login', { username: 'viewer1', password: 'temporary-lantern-81' }, OTHER_WINDOW);
    await call(
      'auth:changePassword',
      { currentPassword: 'temporary-lantern-81', newPassword: 'orchard-violin-teapot-7' },
      OTHER_WINDOW,
    );
    expect(await codeOf('users:resetPassword', { id: created.id, temporaryPassword: 'another-temporary-99' })).toBe(
      'ok',
    );
    expect(await codeOf('auth:login', { username: 'viewer1', password: 'orchard-violin-teapot-7' }, OTHER_WINDOW)).toBe(
      'UNAUTHENTICATED',
    );
    expect(await codeOf('auth:login', { username: 'viewer1', password: 'another-temporary-99' }, OTHER_WINDOW)).toBe(
      'ok',
    );
    expect(await codeOf('members:list', {}, OTHER_WINDOW)).toBe('PASSWORD_CHANGE_REQUIRED');
  });
});
