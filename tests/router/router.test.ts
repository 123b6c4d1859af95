import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { CHANNELS, contract } from '../../shared/contract/channels';
import { permissions } from '../../shared/contract/permissions';
import { Role } from '../../shared/contract/roles';
import { EventBus } from '../../electron/backend/event-bus';
import { sequentialIds } from '../../electron/backend/ids';
import { Router } from '../../electron/backend/router';
import type { Sender } from '../../electron/backend/sender';
import type { SessionProvider } from '../../electron/backend/session';
import { testClock } from '../factories/clock';
import { databaseSnapshot, LOOPBACK, openTestBackend, signIn, type TestBackend } from '../factories/backend';
import { memberInput } from '../factories/members';

describe('router', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await openTestBackend();
    await signIn(backend);
  });
  afterEach(() => backend.dispose());

  it('answers a valid call with the parsed output', async () => {
    const result = await backend.router.dispatch(LOOPBACK, 'members:create', memberInput({ name: 'Ann Smith' }));
    expect(result).toMatchObject({ ok: true, value: { id: 't-0001', name: 'Ann Smith', status: 'active' } });
  });

  it('refuses malformed input with a validation error naming the field, and changes nothing', async () => {
    const before = databaseSnapshot(backend);
    const result = await backend.router.dispatch(
      LOOPBACK,
      'members:create',
      memberInput({ appointmentDate: '2027-02-31', listRole: 'president' as never }),
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        message: 'There are 2 problems with what was entered.',
        fieldErrors: {
          listRole: 'Choose the role on the central list',
          appointmentDate: 'Enter a real date, for example 5 January 2027',
        },
      },
    });
    expect(databaseSnapshot(backend)).toBe(before);
  });

  it.each([null, 'text', 42, [], { name: 5 }])('refuses %j as input without crashing', async (input) => {
    const before = databaseSnapshot(backend);
    const result = await backend.router.dispatch(LOOPBACK, 'members:create', input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('VALIDATION_FAILED');
    expect(databaseSnapshot(backend)).toBe(before);
  });

  it('refuses an unknown channel', async () => {
    for (const channel of ['members:drop', 'constructor', '__proto__', 42, null]) {
      const result = await backend.router.dispatch(LOOPBACK, channel, {});
      expect(result).toEqual({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: 'This action is not available.' },
      });
    }
  });

  it.each<Sender>([
    { transport: 'loopback', tokenVerified: false },
    { transport: 'ipc', frameUrl: 'https://example.org/', isMainFrame: true, contentsId: 1 },
    { transport: 'ipc', frameUrl: 'app://panel/index.html', isMainFrame: false, contentsId: 1 },
    { transport: 'ipc', frameUrl: null, isMainFrame: true, contentsId: 1 },
  ])('refuses an untrusted sender %j', async (sender: Sender) => {
    const result = await backend.router.dispatch(sender, 'members:list', {});
    expect(result.ok ? null : result.error.code).toBe('UNTRUSTED_SENDER');
  });

  it('accepts the app window over IPC', async () => {
    const sender: Sender = {
      transport: 'ipc',
      frameUrl: 'app://panel/index.html#/members',
      isMainFrame: true,
      contentsId: 7,
    };
    expect(await backend.router.dispatch(sender, 'members:list', {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    await signIn(backend, ['viewer'], sender);
    expect((await backend.router.dispatch(sender, 'members:list', {})).ok).toBe(true);
  });

  it('throws when a channel is registered twice', () => {
    expect(() => backend.router.handle('members:list', () => [])).toThrow(/already registered/);
  });

  it('leaves no contract channel without a handler', () => {
    expect(backend.router.missingHandlers()).toEqual([]);
  });

  it('rolls a write back when its output does not match the contract, and hides the details', async () => {
    const log = vi.fn();
    const router = new Router({
      store: backend.store,
      clock: testClock,
      ids: sequentialIds('x'),
      sessions: backend.sessions,
      events: new EventBus(),
      audit: backend.audit,
      log,
    });
    router.handle('members:create', (ctx, input) => {
      backend.store.sqlite
        .prepare(
          `INSERT INTO members (id, name, name_key, list_role, independent, background, social_worker_pqe3, appointment_date, status, created_at, updated_at)
           VALUES ('bad', ?, 'k', 'member', 1, 'health', 0, '2024-01-01', 'active', 'x', 'x')`,
        )
        .run(input.name);
      return { broken: true } as never;
    });
    const before = databaseSnapshot(backend);
    const result = await router.dispatch(LOOPBACK, 'members:create', memberInput());
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringContaining('nothing was saved') },
    });
    expect(databaseSnapshot(backend)).toBe(before);
    expect(log).toHaveBeenCalledOnce();
  });

  it('tells listeners about committed writes only', async () => {
    const seen: string[] = [];
    backend.events.subscribe((event, payload) => seen.push(`${event}:${(payload as { channel: string }).channel}`));
    await backend.router.dispatch(LOOPBACK, 'members:list', {});
    await backend.router.dispatch(LOOPBACK, 'members:create', { name: '' });
    await backend.router.dispatch(LOOPBACK, 'members:create', memberInput());
    expect(seen).toEqual(['data:changed:members:create']);
  });
});

describe('permission table', () => {
  it('has an entry for every channel and nothing else', () => {
    expect(Object.keys(permissions).sort()).toEqual([...CHANNELS].sort());
  });

  it('lets the viewer write nothing but their own session and password', () => {
    for (const channel of CHANNELS) {
      if (contract[channel].kind === 'write' && !channel.startsWith('auth:')) {
        expect(permissions[channel]).not.toContain('viewer');
      }
    }
  });

  describe.each(Role.options)('as %s', (role) => {
    let backend: TestBackend;
    const session: SessionProvider = {
      check: () => ({ kind: 'active', actor: { userId: role, displayName: role, roles: [role] } }),
      touch: () => undefined,
    };
    beforeEach(async () => {
      backend = await openTestBackend({ session });
    });
    afterEach(() => backend.dispose());

    it.each(CHANNELS)('%s is allowed exactly when the table says so', async (channel) => {
      const before = databaseSnapshot(backend);
      const result = await backend.router.dispatch(LOOPBACK, channel, {});
      const forbidden = !result.ok && result.error.code === 'FORBIDDEN';
      expect(forbidden).toBe(!permissions[channel].includes(role));
      if (forbidden) expect(databaseSnapshot(backend)).toBe(before);
    });
  });

  it('refuses a caller with no session', async () => {
    const backend = await openTestBackend({ session: { check: () => ({ kind: 'none' }), touch: () => undefined } });
    const result = await backend.router.dispatch(LOOPBACK, 'members:list', {});
    backend.dispose();
    expect(result.ok ? null : result.error.code).toBe('UNAUTHENTICATED');
  });
});

describe('contract', () => {
  it('names every channel domain:verb', () => {
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });

  it('gives every channel zod input and output schemas', () => {
    for (const channel of CHANNELS) {
      expect(contract[channel].input).toBeInstanceOf(z.ZodType);
      expect(contract[channel].output).toBeInstanceOf(z.ZodType);
    }
  });
});
