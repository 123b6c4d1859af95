import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Sender } from '../../electron/backend/sender';
import { LOOPBACK, openTestBackend, signIn, TEST_PASSWORD, type TestBackend } from '../factories/backend';

/** A seat of the service: another computer, as the host's network transport describes it. */
const LAPTOP: Sender = {
  transport: 'network',
  session: 'laptop-session-id',
  tokenVerified: true,
  address: '10.0.0.7',
  seat: 'Panel room laptop',
};
const DESK: Sender = { ...LAPTOP, session: 'desk-session-id', address: '10.0.0.9', seat: 'ADM desk' };

describe('signed-in computers', () => {
  let backend: TestBackend;
  const call = (channel: string, input: unknown, sender: Sender = LOOPBACK) =>
    backend.router.dispatch(sender, channel, input);

  beforeEach(async () => {
    backend = await openTestBackend();
  });
  afterEach(() => backend.dispose());

  it('shows the administrator everyone signed in, with the seat each is at', async () => {
    await signIn(backend, ['administrator']);
    await signIn(backend, ['chair'], LAPTOP);
    const listed = await call('users:signedIn', {});
    expect(listed.ok).toBe(true);
    const sessions = (listed as { value: { seat: string; current: boolean; roles: string[] }[] }).value;
    expect(sessions).toHaveLength(2);
    expect(sessions.find((s) => s.current)?.seat).toBe('The host (browser mode)');
    expect(sessions.find((s) => !s.current)).toMatchObject({ seat: 'Panel room laptop (10.0.0.7)', roles: ['chair'] });
    // Nobody else may see them.
    expect(await call('users:signedIn', {}, LAPTOP)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('ends another person’s session, audited; their next call is refused', async () => {
    await signIn(backend, ['administrator']);
    await signIn(backend, ['chair'], LAPTOP);
    expect(await call('members:list', {}, LAPTOP)).toMatchObject({ ok: true });
    const sessions = ((await call('users:signedIn', {})) as { value: { id: string; current: boolean }[] }).value;
    const laptop = sessions.find((s) => !s.current);
    expect(await call('users:endSession', { id: laptop?.id })).toMatchObject({ ok: true, value: { ended: true } });
    expect(await call('members:list', {}, LAPTOP)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const row = backend.store.sqlite
      .prepare(`SELECT changes FROM audit_log WHERE channel = 'users:endSession'`)
      .get() as { changes: string };
    expect(JSON.parse(row.changes)).toMatchObject({
      session: [expect.stringContaining('Panel room laptop'), 'ended by an administrator'],
    });
    // Ending it again: already gone.
    expect(await call('users:endSession', { id: laptop?.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('will not end the administrator’s own session (they log out)', async () => {
    await signIn(backend, ['administrator']);
    const own = ((await call('users:signedIn', {})) as { value: { id: string; current: boolean }[] }).value[0];
    expect(await call('users:endSession', { id: own?.id })).toMatchObject({
      ok: false,
      error: { code: 'RULE_VIOLATION' },
    });
    expect(await call('users:endSession', { id: 'not-an-id' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
  });

  it('changing a password ends that person’s other sessions, not the one that changed it', async () => {
    const { username } = await signIn(backend, ['chair'], LAPTOP);
    expect(await call('auth:login', { username, password: TEST_PASSWORD }, DESK)).toMatchObject({ ok: true });
    const changed = await call(
      'auth:changePassword',
      { currentPassword: TEST_PASSWORD, newPassword: 'quiet-lantern-meadow-77' },
      DESK,
    );
    expect(changed).toMatchObject({ ok: true });
    expect(await call('members:list', {}, DESK)).toMatchObject({ ok: true });
    expect(await call('members:list', {}, LAPTOP)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
