import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHostServer } from '../../electron/host/host-server';
import { ForwardingClient } from '../../electron/seat/forwarding-client';
import { CertificateRefused, probeCertificate } from '../../electron/seat/pinned-tls';
import { openTestBackend, signIn, TEST_PASSWORD, type TestBackend } from '../factories/backend';
import { memberInput } from '../factories/members';
import { startTestHost, type TestHost } from './host-client';

/** A seat's link to a real host over TLS, with the test's own self-signed certificate. */
describe('forwarding client: a desktop seat over HTTPS', () => {
  let backend: TestBackend;
  let host: TestHost;
  let username: string;
  const clients: ForwardingClient[] = [];

  function seat(options: Partial<ConstructorParameters<typeof ForwardingClient>[0]> = {}): ForwardingClient {
    const client = new ForwardingClient({
      address: `https://localhost:${host.port}`,
      trust: { kind: 'pinned', fingerprint: host.tls.fingerprint },
      seatName: 'Chair’s laptop',
      retryMs: 50,
      ...options,
    });
    clients.push(client);
    return client;
  }

  beforeAll(async () => {
    backend = await openTestBackend();
    ({ username } = await signIn(backend));
    host = await startTestHost(backend);
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await host.server.close();
    backend.dispose();
  });

  it('probes an address for its certificate without trusting it', async () => {
    const probe = await probeCertificate(`https://localhost:${host.port}`);
    expect(probe.fingerprint).toBe(host.tls.fingerprint);
    expect(probe.trustedBySystem).toBe(false);
    expect(probe.names).toContain('localhost');
    expect(host.server.seats.list()).toHaveLength(0);
  });

  it('connects with the pinned fingerprint and forwards calls, each audited with the seat’s name', async () => {
    const client = seat();
    await client.connect();
    expect(await client.invoke('members:create', memberInput({ name: 'Before Login' }))).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await client.invoke('auth:login', { username, password: TEST_PASSWORD })).toMatchObject({ ok: true });
    const created = await client.invoke('members:create', memberInput({ name: 'Forwarded Member' }));
    expect(created).toMatchObject({ ok: true, value: { name: 'Forwarded Member' } });
    const row = backend.store.sqlite
      .prepare(`SELECT seat FROM audit_log WHERE channel = 'members:create' ORDER BY seq DESC LIMIT 1`)
      .get() as { seat: string | null };
    expect(row.seat).toBe('Chair’s laptop (127.0.0.1)');
  });

  it('sends the window’s idempotency key to the host, so a resent write is answered and not applied twice', async () => {
    const client = seat();
    expect(await client.invoke('auth:login', { username, password: TEST_PASSWORD })).toMatchObject({ ok: true });
    const key = 'seat-retry-0123456789abcdef';
    const input = memberInput({ name: 'Sent Twice' });
    const first = await client.invoke('members:create', input, { idempotencyKey: key });
    const again = await client.invoke('members:create', input, { idempotencyKey: key });
    expect(first).toMatchObject({ ok: true });
    expect(again, JSON.stringify(again)).toEqual(first);
    const rows = backend.store.sqlite.prepare(`SELECT count(*) AS n FROM members WHERE name = 'Sent Twice'`).get() as {
      n: number;
    };
    expect(rows.n).toBe(1);
  });

  it('answers UNREACHABLE when nothing answers at the address, so the window sends the call again', async () => {
    const client = seat({ address: 'https://localhost:9' });
    const call = await client.invoke('auth:status', {});
    expect(call).toMatchObject({ ok: false, error: { code: 'UNREACHABLE' } });
    expect(JSON.stringify(call)).toMatch(/nothing is being saved/);
  });

  it('refuses a certificate other than the pinned one, before sending anything', async () => {
    const before = host.server.seats.list().length;
    const wrong = host.tls.fingerprint.replace(/^../, host.tls.fingerprint.startsWith('00') ? '11' : '00');
    const client = seat({ trust: { kind: 'pinned', fingerprint: wrong } });
    const refused = await client.connect().then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(CertificateRefused);
    expect((refused as Error).message).toMatch(/different certificate from the one confirmed/);
    expect((refused as CertificateRefused).offered).toBe(host.tls.fingerprint);
    const call = await client.invoke('auth:login', { username, password: TEST_PASSWORD });
    expect(call).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(JSON.stringify(call)).toMatch(/different certificate/);
    // Not even a seat was opened: the request never reached the host.
    expect(host.server.seats.list()).toHaveLength(before);
  });

  it('refuses a self-signed certificate when told to trust only what the operating system trusts', async () => {
    const client = seat({ trust: { kind: 'system' } });
    await expect(client.connect()).rejects.toThrow(/does not trust|self.signed/);
  });

  it('keeps one session per seat: signing in on one computer signs in no other', async () => {
    const first = seat({ seatName: 'Desk' });
    const second = seat({ seatName: 'Laptop' });
    await first.invoke('auth:login', { username, password: TEST_PASSWORD });
    expect(await first.invoke('auth:status', {})).toMatchObject({ ok: true, value: { session: { username } } });
    expect(await second.invoke('auth:status', {})).toMatchObject({ ok: true, value: { session: null } });
  });

  it('relays the host’s events, and reconnects the stream after the host restarts', async () => {
    const events: { event: string; payload: unknown }[] = [];
    let opened = 0;
    let onOpen: () => void = () => undefined;
    const client = seat({
      onEvent: (event, payload) => events.push({ event, payload }),
      onConnection: (connected) => {
        if (connected) {
          opened += 1;
          onOpen();
        }
      },
    });
    const streamOpen = () => new Promise<void>((resolve) => (onOpen = resolve));
    const first = streamOpen();
    client.startEvents();
    await first;
    await client.invoke('auth:login', { username, password: TEST_PASSWORD });
    await expect.poll(() => events.some((e) => e.event === 'data:changed')).toBe(true);
    // Every stream opens with events:opened (the window reads again what it shows), then the changes.
    expect(events[0]).toEqual({ event: 'events:opened', payload: {} });
    expect(events.find((e) => e.event === 'data:changed')).toEqual({
      event: 'data:changed',
      payload: { channel: 'auth:login', entity: 'session' },
    });

    // The host restarts on the same port: it knows no seats, so the client opens a new one and listens again.
    const port = host.port;
    const again = streamOpen();
    await host.server.close();
    host.server = await startHostServer(backend, {
      listen: { host: '127.0.0.1', port },
      staticRoot: host.staticRoot,
      tls: host.tls,
    });
    await again;
    expect(opened).toBe(2);
    host.server.announce('host:closing', { message: 'Closing' });
    await expect.poll(() => events.some((e) => e.event === 'host:closing')).toBe(true);
  });
});
