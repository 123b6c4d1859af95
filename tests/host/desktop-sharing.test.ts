import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DesktopSharing, HOST_CLOSING_MESSAGE } from '../../electron/host/desktop-sharing';
import { describeCertificate } from '../../electron/host/tls-material';
import { ForwardingClient } from '../../electron/seat/forwarding-client';
import type { Sender } from '../../electron/backend/sender';
import type { HostStatus } from '../../shared/schemas/seat';
import { LOOPBACK, openTestBackend, signIn, TEST_PASSWORD, tempFolder, type TestBackend } from '../factories/backend';
import { readFileSync } from 'node:fs';

/** A port nothing listens on now (the contract takes 1024–65535, so not 0). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('desktop host: Share with other computers', () => {
  let backend: TestBackend;
  let username: string;
  const certificateFolder = path.join(tempFolder(), 'host-tls');
  const CHAIR: Sender = { transport: 'loopback', tokenVerified: true, client: 'c'.repeat(43) };

  beforeAll(async () => {
    backend = await openTestBackend({
      sharing: (own) => new DesktopSharing(own, { staticRoot: tempFolder(), certificateFolder }),
    });
    ({ username } = await signIn(backend));
    await signIn(backend, ['chair'], CHAIR);
  });
  afterAll(async () => {
    await backend.router.dispatch(LOOPBACK, 'host:stop', {});
    backend.dispose();
  });

  it('is for the administrator only, enforced by the router', async () => {
    const port = await freePort();
    const refused = await backend.router.dispatch(CHAIR, 'host:start', { listenAddress: '127.0.0.1', port });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await backend.router.dispatch(CHAIR, 'host:status', {})).toMatchObject({ ok: false });
    expect(await backend.router.dispatch(LOOPBACK, 'host:status', {})).toEqual({
      ok: true,
      value: { sharing: false, available: true, address: null, fingerprint: null, seats: 0 },
    });
  });

  it('starts sharing with a certificate made in the keys folder, serves seats, and tells them before it stops', async () => {
    const port = await freePort();
    const started = await backend.router.dispatch(LOOPBACK, 'host:start', { listenAddress: '127.0.0.1', port });
    expect(started.ok).toBe(true);
    const status = (started as { value: HostStatus }).value;
    const certificate = readFileSync(path.join(certificateFolder, 'host-certificate.pem'), 'utf8');
    expect(status).toMatchObject({ sharing: true, address: `https://127.0.0.1:${port}` });
    expect(status.fingerprint).toBe(describeCertificate(certificate).fingerprint);

    const events: { event: string; payload: unknown }[] = [];
    let open: () => void = () => undefined;
    const streaming = new Promise<void>((resolve) => (open = resolve));
    const seat = new ForwardingClient({
      address: status.address ?? '',
      trust: { kind: 'pinned', fingerprint: status.fingerprint ?? '' },
      seatName: 'Chair’s laptop',
      onEvent: (event, payload) => events.push({ event, payload }),
      onConnection: (connected) => connected && open(),
    });
    seat.startEvents();
    await streaming;
    expect(await seat.invoke('auth:login', { username, password: TEST_PASSWORD })).toMatchObject({ ok: true });
    expect(await backend.router.dispatch(LOOPBACK, 'host:status', {})).toMatchObject({ value: { seats: 1 } });

    const stopped = await backend.router.dispatch(LOOPBACK, 'host:stop', {});
    expect(stopped).toMatchObject({ ok: true, value: { sharing: false, address: null } });
    await expect
      .poll(() => events.find((e) => e.event === 'host:closing'))
      .toEqual({
        event: 'host:closing',
        payload: { message: HOST_CLOSING_MESSAGE },
      });
    seat.close();

    const rows = backend.store.sqlite
      .prepare(`SELECT channel, changes FROM audit_log WHERE channel LIKE 'host:%' ORDER BY seq`)
      .all() as { channel: string; changes: string }[];
    expect(rows.map((row) => row.channel)).toEqual(['host:start', 'host:stop']);
    expect(rows[0]?.changes).toContain(`https://127.0.0.1:${port}`);
  });

  it('says plainly when the port is taken', async () => {
    const busy = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => busy.once('listening', resolve));
    const address = busy.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const refused = await backend.router.dispatch(LOOPBACK, 'host:start', { listenAddress: '127.0.0.1', port });
    busy.close();
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { port: expect.stringMatching(/already in use/) } },
    });
  });
});

describe('a backend without the desktop host', () => {
  it('refuses to share, and answers the seat channels as its own data', async () => {
    const backend = await openTestBackend();
    await signIn(backend);
    expect(
      await backend.router.dispatch(LOOPBACK, 'host:start', { listenAddress: '127.0.0.1', port: 8443 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'RULE_VIOLATION' },
    });
    expect(await backend.router.dispatch(LOOPBACK, 'seat:status', {})).toEqual({
      ok: true,
      value: { mode: 'local', service: null },
    });
    expect(
      await backend.router.dispatch(LOOPBACK, 'seat:connect', {
        serviceAddress: 'localhost:8443',
        fingerprint: null,
        seatName: 'Laptop',
      }),
    ).toMatchObject({ ok: false, error: { code: 'RULE_VIOLATION' } });
    backend.dispose();
  });
});
