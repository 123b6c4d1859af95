import { generateSync } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../electron/backend/clock';
import { downloadSaver } from '../../electron/backend/download-saver';
import type { Sender } from '../../electron/backend/sender';
import { openTestBackend, signIn, TEST_PASSWORD, type TestBackend } from '../factories/backend';
import { SeatClient, startTestHost, type TestHost } from './host-client';
import { settingsVersion } from '../factories/versions';

/** The host computer in these tests is 127.0.0.1; 127.0.0.3 is another computer, as far as the host can tell. */
const HOST_ADDRESS = '127.0.0.1';
const OTHER_COMPUTER = '127.0.0.3';
const ADMIN_HERE: Sender = { transport: 'loopback', tokenVerified: true, client: 'admin-on-host' };
const CHAIR_HERE: Sender = { transport: 'loopback', tokenVerified: true, client: 'chair-on-host' };

interface Answer {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
}

/**
 * Over the network transport: with the administrator's setting on, a sign-in
 * from another computer needs the code from the authenticator app, and no
 * session exists before it; with "Browser seats may download documents" off,
 * a browser seat is given no files, while the host's desktop seats are, and
 * every file made for a seat is audited with that seat.
 */
describe('service host: second factor and downloads', () => {
  let backend: TestBackend;
  let host: TestHost;
  let chairName: string;
  let secret: string;

  const asAdmin = async (channel: string, input: unknown) => {
    const result = await backend.router.dispatch(ADMIN_HERE, channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  const answer = async (seat: SeatClient, channel: string, input: unknown) =>
    JSON.parse((await seat.call(channel, input)).body) as Answer;
  const codeNow = (offsetSeconds = 0) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });
  const auditRows = (channel: string) =>
    backend.store.sqlite.prepare('SELECT seat, changes FROM audit_log WHERE channel = ? ORDER BY seq').all(channel) as {
      seat: string | null;
      changes: string;
    }[];

  beforeAll(async () => {
    const downloads = downloadSaver();
    // The real clock: the test's authenticator app (otplib) and the host must agree on the time step.
    backend = await openTestBackend({ saver: downloads, clock: systemClock });
    await signIn(backend, ['administrator'], ADMIN_HERE);
    ({ username: chairName } = await signIn(backend, ['chair', 'administrator'], CHAIR_HERE));
    const begun = (await backend.router.dispatch(CHAIR_HERE, 'auth:beginSecondFactor', {})) as {
      ok: true;
      value: { secret: string };
    };
    secret = begun.value.secret.replace(/ /g, '');
    const confirmed = await backend.router.dispatch(CHAIR_HERE, 'auth:confirmSecondFactor', { code: codeNow() });
    expect(confirmed.ok).toBe(true);
    host = await startTestHost(backend, downloads, { onHost: (address) => address === HOST_ADDRESS });
  });
  afterAll(async () => {
    await host.server.close();
    backend.dispose();
  });

  it('asks another computer for the code after the password and issues no session for a wrong one', async () => {
    await asAdmin('settings:update', { version: await settingsVersion(asAdmin), requireSecondFactorForSeats: true });
    const laptop = new SeatClient(host, OTHER_COMPUTER, 'Chair laptop');
    await laptop.connect();

    const login = await answer(laptop, 'auth:login', { username: chairName, password: TEST_PASSWORD });
    expect(login).toMatchObject({ ok: false, error: { code: 'SECOND_FACTOR_REQUIRED' } });
    expect(await answer(laptop, 'auth:status', {})).toMatchObject({ ok: true, value: { session: null } });
    expect(await answer(laptop, 'members:list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

    // A code from far outside the window (ten minutes on) is refused, and still nothing is issued.
    const wrong = await answer(laptop, 'auth:verifyCode', { code: codeNow(600) });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await answer(laptop, 'auth:status', {})).toMatchObject({ ok: true, value: { session: null } });
    expect(await answer(laptop, 'members:list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

    // Another seat holding the right code cannot finish the laptop's sign-in.
    const other = new SeatClient(host, '127.0.0.4', 'Someone else');
    await other.connect();
    expect(await answer(other, 'auth:verifyCode', { code: codeNow() })).toMatchObject({ ok: false });

    // The next step's code (within the window): the one used to set up the factor is never accepted again.
    const right = await answer(laptop, 'auth:verifyCode', { code: codeNow(30) });
    expect(right).toMatchObject({ ok: true, value: { username: chairName } });
    expect(await answer(laptop, 'members:list', {})).toMatchObject({ ok: true });
    const rows = auditRows('auth:verifyCode');
    expect(rows.map((row) => row.seat)).toEqual([
      `Chair laptop (${OTHER_COMPUTER})`,
      `Chair laptop (${OTHER_COMPUTER})`,
    ]);
    expect(JSON.stringify(rows)).not.toContain(secret);
  });

  it('asks the host computer itself for no code', async () => {
    await asAdmin('settings:update', { version: await settingsVersion(asAdmin), requireSecondFactorForSeats: true });
    const onHost = new SeatClient(host, HOST_ADDRESS, 'Host desk');
    await onHost.connect();
    expect(await answer(onHost, 'auth:login', { username: chairName, password: TEST_PASSWORD })).toMatchObject({
      ok: true,
    });
  });

  it('gives a browser seat no files with downloads off, a desktop seat its files, and audits each with its seat', async () => {
    await asAdmin('settings:update', {
      version: await settingsVersion(asAdmin),
      requireSecondFactorForSeats: false,
      browserSeatDownloads: false,
    });
    const browser = new SeatClient(host, OTHER_COMPUTER, 'Browser laptop');
    await browser.connect();
    await answer(browser, 'auth:login', { username: chairName, password: TEST_PASSWORD });
    const before = auditRows('import:saveTemplate').length;

    const refused = await answer(browser, 'import:saveTemplate', { kind: 'members', format: 'csv' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(refused.error?.message).toMatch(/switched off downloads/);
    expect(auditRows('import:saveTemplate')).toHaveLength(before);

    const desktop = new SeatClient(host, '127.0.0.5', 'Desktop seat');
    await desktop.connect({ 'x-panel-seat-kind': 'desktop' });
    await answer(desktop, 'auth:login', { username: chairName, password: TEST_PASSWORD });
    const made = await answer(desktop, 'import:saveTemplate', { kind: 'members', format: 'csv' });
    expect(made).toMatchObject({ ok: true });
    expect((await desktop.get((made.value as { path: string }).path)).status).toBe(200);

    // Switched on, the browser gets its file; switched off before it fetches it, the host keeps it back.
    await asAdmin('settings:update', { version: await settingsVersion(asAdmin), browserSeatDownloads: true });
    const allowed = await answer(browser, 'import:saveTemplate', { kind: 'members', format: 'csv' });
    expect(allowed).toMatchObject({ ok: true });
    await asAdmin('settings:update', { version: await settingsVersion(asAdmin), browserSeatDownloads: false });
    const late = await browser.get((allowed.value as { path: string }).path);
    expect(late.status).toBe(403);
    expect(late.body).toMatch(/switched off downloads/);

    const rows = auditRows('import:saveTemplate').slice(before);
    expect(rows.map((row) => row.seat)).toEqual(['Desktop seat (127.0.0.5)', `Browser laptop (${OTHER_COMPUTER})`]);
    for (const row of rows) expect(row.changes).toMatch(/savedTo.*\/download\//);
  });
});
