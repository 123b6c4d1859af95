import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeatMode } from '../../electron/seat/seat-mode';
import { readSeatConfig } from '../../electron/seat/seat-config';
import type { Sender } from '../../electron/backend/sender';
import { downloadSaver } from '../../electron/backend/download-saver';
import { folderFileSaver } from '../../electron/backend/file-saver';
import { LOOPBACK, openTestBackend, signIn, TEST_PASSWORD, tempFolder, type TestBackend } from '../factories/backend';
import { startTestHost, type TestHost } from './host-client';

/** The desktop main process's choice at first run, answered locally, then each call sent where it was chosen. */
describe('seat mode: "Use on this computer only" or "Connect to your service"', () => {
  let service: TestBackend;
  let host: TestHost;
  let username: string;
  const opened: SeatMode[] = [];
  const WINDOW: Sender = { transport: 'ipc', frameUrl: 'app://panel/index.html', isMainFrame: true, contentsId: 1 };
  const FOREIGN: Sender = { transport: 'ipc', frameUrl: 'https://evil.example/', isMainFrame: true, contentsId: 2 };

  async function open(configFile: string, local: () => Promise<TestBackend> = () => openTestBackend()) {
    const mode = await SeatMode.open({ configFile, startLocal: local, retryMs: 50 });
    opened.push(mode);
    return mode;
  }

  beforeAll(async () => {
    service = await openTestBackend();
    ({ username } = await signIn(service));
    host = await startTestHost(service);
  });
  afterAll(async () => {
    for (const mode of opened) mode.close();
    await host.server.close();
    service.dispose();
  });

  it('asks first, refuses a foreign frame, and validates what is typed', async () => {
    let started = 0;
    const mode = await open(path.join(tempFolder(), 'seat.json'), () => {
      started += 1;
      return openTestBackend();
    });
    expect(await mode.dispatch(WINDOW, 'seat:status', {})).toEqual({
      ok: true,
      value: { mode: 'unconfigured', service: null },
    });
    expect(started).toBe(0);
    expect(await mode.dispatch(FOREIGN, 'seat:status', {})).toMatchObject({ error: { code: 'UNTRUSTED_SENDER' } });
    expect(await mode.dispatch(WINDOW, 'seat:probe', { serviceAddress: 'http://panel.example.org' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { serviceAddress: expect.stringMatching(/https/) } },
    });
    expect(await mode.dispatch(WINDOW, 'auth:status', {})).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('connects after the fingerprint is confirmed, keeps the choice owner-only, and forwards every call', async () => {
    const configFile = path.join(tempFolder(), 'seat.json');
    const mode = await open(configFile);
    const address = `localhost:${host.port}`;
    const probe = await mode.dispatch(WINDOW, 'seat:probe', { serviceAddress: address });
    expect(probe).toMatchObject({ ok: true, value: { fingerprint: host.tls.fingerprint, trustedBySystem: false } });

    const wrong = `${host.tls.fingerprint.slice(0, -2)}${host.tls.fingerprint.endsWith('00') ? '11' : '00'}`;
    const refused = await mode.dispatch(WINDOW, 'seat:connect', {
      serviceAddress: address,
      fingerprint: wrong,
      seatName: 'Laptop',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { fieldErrors: { fingerprint: expect.stringMatching(/different certificate/) } },
    });
    expect(readSeatConfig(configFile)).toBeNull();

    const connected = await mode.dispatch(WINDOW, 'seat:connect', {
      serviceAddress: address,
      fingerprint: host.tls.fingerprint.toLowerCase(),
      seatName: 'Laptop',
    });
    expect(connected).toMatchObject({
      ok: true,
      value: { mode: 'seat', service: { address: `https://${address}`, fingerprint: host.tls.fingerprint } },
    });
    if (process.platform !== 'win32') expect(statSync(configFile).mode & 0o777).toBe(0o600);
    expect(await mode.dispatch(WINDOW, 'auth:login', { username, password: TEST_PASSWORD })).toMatchObject({
      ok: true,
    });
    const row = service.store.sqlite
      .prepare(`SELECT seat FROM audit_log WHERE channel = 'auth:login' ORDER BY seq DESC LIMIT 1`)
      .get() as { seat: string };
    expect(row.seat).toBe('Laptop (127.0.0.1)');
    // Chosen once: a window cannot hand this computer to another address before anyone signs in.
    expect(await mode.dispatch(WINDOW, 'seat:useLocal', {})).toMatchObject({ error: { code: 'RULE_VIOLATION' } });

    // The next start reads the choice and connects again by itself.
    mode.close();
    const again = await open(configFile);
    expect(await again.dispatch(WINDOW, 'seat:status', {})).toMatchObject({ value: { mode: 'seat' } });
    expect(await again.dispatch(WINDOW, 'auth:status', {})).toMatchObject({ ok: true, value: { session: null } });
  });

  it('"Use on this computer only" starts the computer’s own backend, as before', async () => {
    const configFile = path.join(tempFolder(), 'seat.json');
    const own = await openTestBackend();
    const mode = await open(configFile, () => Promise.resolve(own));
    expect(await mode.dispatch(LOOPBACK, 'seat:useLocal', {})).toMatchObject({ value: { mode: 'local' } });
    expect(await mode.dispatch(LOOPBACK, 'auth:status', {})).toMatchObject({
      ok: true,
      value: { needsFirstAdministrator: true },
    });
    expect(readSeatConfig(configFile)).toEqual({ mode: 'local' });
    own.dispose();
  });
});

describe('seat mode: files the service makes for a seat', () => {
  it('are fetched from the host once and saved on this computer, never left on the host', async () => {
    const downloads = downloadSaver();
    const service = await openTestBackend({ saver: downloads });
    const { username } = await signIn(service);
    const host = await startTestHost(service, downloads);
    const local = tempFolder();
    const mode = await SeatMode.open({
      configFile: path.join(tempFolder(), 'seat.json'),
      startLocal: () => openTestBackend(),
      saver: folderFileSaver(local),
    });
    const WINDOW: Sender = { transport: 'ipc', frameUrl: 'app://panel/index.html', isMainFrame: true, contentsId: 1 };
    try {
      await mode.dispatch(WINDOW, 'seat:connect', {
        serviceAddress: `localhost:${host.port}`,
        fingerprint: host.tls.fingerprint,
        seatName: 'Laptop',
      });
      await mode.dispatch(WINDOW, 'auth:login', { username, password: TEST_PASSWORD });
      const saved = await mode.dispatch(WINDOW, 'import:saveTemplate', { kind: 'members', format: 'csv' });
      expect(saved).toMatchObject({ ok: true, value: { path: expect.stringContaining(local) } });
      const file = (saved as { value: { path: string } }).value.path;
      expect(readFileSync(file, 'utf8').split('\n')[0]).toMatch(/name/i);
    } finally {
      mode.close();
      await host.server.close();
      service.dispose();
    }
  });
});
