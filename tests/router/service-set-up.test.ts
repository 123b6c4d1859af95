import { afterEach, describe, expect, it } from 'vitest';
import { signIn, LOOPBACK, openTestBackend, type TestBackend } from '../factories/backend';
import { settingsVersion } from '../factories/versions';

const PATTERN = {
  kind: 'monthly',
  weekday: 2,
  weeksOfMonth: [2, 4],
  everyWeeks: null,
  firstDate: null,
  startTime: '10:00',
  venue: 'County Hall',
};

describe('the first-run service set-up', () => {
  let backend: TestBackend;
  afterEach(() => backend.dispose());

  const call = (channel: string, input: unknown) => backend.router.dispatch(LOOPBACK, channel, input);
  const value = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  };
  const setUpEntries = async () =>
    (await value<{ entries: { kind: string; link: string }[] }>('dashboard:due', {})).entries.filter(
      (entry) => entry.kind === 'service_set_up',
    );

  it('opens after the first account until put off, then the dashboard reminds; finishing ends both', async () => {
    backend = await openTestBackend();
    await value('auth:createFirstAdministrator', {
      username: 'admin',
      displayName: 'Alex Admin',
      password: 'plum-kettle-harbour-42',
    });
    expect(await value('setup:status', {})).toEqual({ state: 'pending' });
    expect(await setUpEntries()).toEqual([]);

    expect(await value('setup:later', {})).toEqual({ state: 'later' });
    expect(await setUpEntries()).toEqual([expect.objectContaining({ link: '/set-up' })]);

    // Each step saves through the settings, audited as any settings change.
    await value('settings:update', {
      version: await settingsVersion(value),
      agencyName: 'Northshire Fostering Service',
      agencyContact: { address: '1 High Street\nNorthtown', phone: '', email: '', logoDataUrl: '' },
    });
    const saved = await value<{ sittingPattern: unknown }>('settings:update', {
      version: await settingsVersion(value),
      sittingPattern: PATTERN,
    });
    expect(saved.sittingPattern).toEqual(PATTERN);
    const looser = await call('settings:update', {
      version: await settingsVersion(value),
      quorum: { minimumMembers: 4 },
    });
    expect(looser).toMatchObject({
      ok: false,
      error: { fieldErrors: { 'quorum.minimumMembers': expect.any(String) } },
    });

    expect(await value('setup:finish', {})).toEqual({ state: 'done' });
    expect(await setUpEntries()).toEqual([]);
    // Once finished, putting it off again brings nothing back.
    expect(await value('setup:later', {})).toEqual({ state: 'done' });
    const audit = await value<{ entries: { channel: string }[] }>('audit:list', {});
    expect(audit.entries.map((entry) => entry.channel)).toEqual(
      expect.arrayContaining(['setup:later', 'setup:finish', 'settings:update']),
    );
  });

  it('never opens on an installation from before it (no account made through first run)', async () => {
    backend = await openTestBackend();
    await signIn(backend);
    expect(await value('setup:status', {})).toEqual({ state: 'done' });
  });

  it('is the administrator’s: other roles may read it but not finish or put it off', async () => {
    backend = await openTestBackend();
    await signIn(backend, ['chair']);
    expect(await value('setup:status', {})).toEqual({ state: 'done' });
    expect(await call('setup:finish', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('setup:later', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
