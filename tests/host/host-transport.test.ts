import { request } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestBackend, signIn, TEST_PASSWORD, type TestBackend } from '../factories/backend';
import { memberInput } from '../factories/members';
import { SeatClient, send, startTestHost, type TestHost } from './host-client';

describe('service host: a seat over HTTPS', () => {
  let backend: TestBackend;
  let host: TestHost;
  let username: string;

  beforeAll(async () => {
    backend = await openTestBackend();
    ({ username } = await signIn(backend));
    host = await startTestHost(backend);
  });
  afterAll(async () => {
    await host.server.close();
    backend.dispose();
  });

  it('serves the app files over TLS with the security headers, without a session', async () => {
    const page = await send(host, {});
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Panel</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const deepLink = await send(host, { path: '/sittings/abc' });
    expect(deepLink.status).toBe(200);
    expect(deepLink.body).toContain('<title>Panel</title>');
  });

  it('opens a seat with a __Host- cookie that scripts and other sites cannot use', async () => {
    const seat = new SeatClient(host);
    const reply = await seat.connect();
    expect(reply.status).toBe(200);
    const cookie = String(reply.headers['set-cookie']?.[0]);
    expect(cookie).toMatch(/^__Host-panel-seat=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(seat.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Connecting again with the cookie keeps the same seat and token (a reload).
    const token = seat.token;
    const again = await seat.connect();
    expect(again.headers['set-cookie']).toBeUndefined();
    expect(seat.token).toBe(token);
  });

  it('signs in on the seat itself and records the seat on every audit row', async () => {
    const seat = new SeatClient(host, '127.0.0.1', 'Chair’s laptop');
    await seat.connect();
    const before = await seat.call('members:create', memberInput({ name: 'Before Login' }));
    expect(JSON.parse(before.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const login = await seat.call('auth:login', { username, password: TEST_PASSWORD });
    expect(JSON.parse(login.body)).toMatchObject({ ok: true });
    const created = await seat.call('members:create', memberInput({ name: 'Nadia Seat' }));
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { name: 'Nadia Seat' } });
    const row = backend.store.sqlite
      .prepare(`SELECT seat FROM audit_log WHERE channel = 'members:create' ORDER BY seq DESC LIMIT 1`)
      .get() as { seat: string | null };
    expect(row.seat).toBe('Chair’s laptop (127.0.0.1)');
    const verified = JSON.parse((await seat.call('audit:verify', {})).body) as { ok: boolean; value: { ok: boolean } };
    expect(verified).toMatchObject({ ok: true, value: { ok: true } });
  });

  it('streams the contract’s events to a seat', async () => {
    const seat = new SeatClient(host);
    await seat.connect();
    await seat.call('auth:login', { username, password: TEST_PASSWORD });
    const received = new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          servername: 'localhost',
          port: host.port,
          path: '/events',
          headers: { host: `localhost:${host.port}`, cookie: seat.cookie, 'x-panel-token': seat.token },
          ca: host.tls.cert,
          agent: false,
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
            if (text.includes(': connected')) void seat.call('members:create', memberInput({ name: 'Live Update' }));
            if (text.includes('event: data:changed')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(await received).toContain('"channel":"members:create"');
  });

  it('tells a seat its stream of events has (re)opened, so a seat back from a drop refetches what it missed', async () => {
    const seat = new SeatClient(host);
    await seat.connect();
    const first = await new Promise<string>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          servername: 'localhost',
          port: host.port,
          path: '/events',
          headers: { host: `localhost:${host.port}`, cookie: seat.cookie, 'x-panel-token': seat.token },
          ca: host.tls.cert,
          agent: false,
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => {
            text += chunk.toString();
            const block = text.split('\n\n').find((part) => part.startsWith('event:'));
            if (block !== undefined) {
              req.destroy();
              resolve(block);
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(first).toBe('event: events:opened\ndata: {}');
  });

  it('closes the stream of events of a seat the administrator ended, so it hears nothing more', async () => {
    const seat = new SeatClient(host);
    await seat.connect();
    let heard = '';
    const closed = new Promise<void>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          servername: 'localhost',
          port: host.port,
          path: '/events',
          headers: { host: `localhost:${host.port}`, cookie: seat.cookie, 'x-panel-token': seat.token },
          ca: host.tls.cert,
          agent: false,
        },
        (res) => {
          res.on('data', (chunk: Buffer) => {
            heard += chunk.toString();
            if (heard.includes('event: events:opened'))
              host.server.endSeat(decodeURIComponent(seat.cookie.split('=')[1] ?? ''));
          });
          res.on('end', () => resolve());
        },
      );
      req.on('error', reject);
      req.end();
    });
    await closed;
    expect(heard).toContain('event: events:opened');
  });

  it('refuses a seat the administrator ended, and its sign-in with it', async () => {
    const seat = new SeatClient(host);
    await seat.connect();
    await seat.call('auth:login', { username, password: TEST_PASSWORD });
    const id = decodeURIComponent(seat.cookie.split('=')[1] ?? '');
    expect(host.server.endSeat(id)).toBe(true);
    const after = await seat.call('members:list', {});
    expect(after.status).toBe(401);
    // Connecting again is a new seat, not signed in.
    await seat.connect();
    const fresh = await seat.call('members:list', {});
    expect(JSON.parse(fresh.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
