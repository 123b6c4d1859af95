import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseSnapshot, openTestBackend, signIn, TEST_PASSWORD, type TestBackend } from '../factories/backend';
import { memberInput } from '../factories/members';
import { LIMITS } from '../../electron/host/host-limits';
import { SeatClient, send, startTestHost, type TestHost } from './host-client';

/** Each refusal below leaves the database exactly as it was. */
describe('service host: what it refuses', () => {
  let backend: TestBackend;
  let host: TestHost;
  let seat: SeatClient;
  const write = () => JSON.stringify({ channel: 'members:create', input: memberInput({ name: 'Should Not Exist' }) });

  beforeAll(async () => {
    backend = await openTestBackend();
    const { username } = await signIn(backend);
    host = await startTestHost(backend);
    seat = new SeatClient(host);
    await seat.connect();
    expect(JSON.parse((await seat.call('auth:login', { username, password: TEST_PASSWORD })).body)).toMatchObject({
      ok: true,
    });
  });
  afterAll(async () => {
    await host.server.close();
    backend.dispose();
  });

  const rpc = (headers: Record<string, string>, body = write(), localAddress?: string) =>
    send(host, {
      path: '/rpc',
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      localAddress,
    });

  it('refuses a call without a seat', async () => {
    const before = databaseSnapshot(backend);
    const reply = await rpc({ 'x-panel-token': seat.token });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect((await send(host, { path: '/events' })).status).toBe(401);
    expect(databaseSnapshot(backend)).toBe(before);
  });

  it('refuses a write carrying the cookie but not the header token (CSRF)', async () => {
    const before = databaseSnapshot(backend);
    for (const token of [undefined, '', 'guess', `${seat.token}x`]) {
      const headers: Record<string, string> = { cookie: seat.cookie, origin: `https://localhost:${host.port}` };
      if (token !== undefined) headers['x-panel-token'] = token;
      const reply = await rpc(headers);
      expect(reply.status).toBe(403);
    }
    const events = await send(host, { path: '/events', headers: { cookie: seat.cookie } });
    expect(events.status).toBe(403);
    expect(databaseSnapshot(backend)).toBe(before);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    const before = databaseSnapshot(backend);
    const seatHeaders = { cookie: seat.cookie, 'x-panel-token': seat.token };
    const foreignHost = await rpc({ ...seatHeaders, host: 'attacker.example:443' });
    expect(foreignHost.status).toBe(403);
    expect((await send(host, { headers: { host: `evil.example:${host.port}` } })).status).toBe(403);
    for (const origin of ['https://attacker.example', `http://localhost:${host.port}`, 'null']) {
      const reply = await rpc({ ...seatHeaders, origin });
      expect(reply.status).toBe(403);
    }
    expect(databaseSnapshot(backend)).toBe(before);
  });

  it('refuses a seat’s cookie and token used from another computer', async () => {
    const before = databaseSnapshot(backend);
    const stolen = await rpc({ cookie: seat.cookie, 'x-panel-token': seat.token }, write(), '127.0.0.2');
    expect(stolen.status).toBe(401);
    expect(databaseSnapshot(backend)).toBe(before);
    // The same call from the seat's own address is accepted: the refusal was the address.
    const own = await seat.call('members:list', {});
    expect(JSON.parse(own.body)).toMatchObject({ ok: true });
  });

  it('refuses an oversized body and a body that is not JSON', async () => {
    const before = databaseSnapshot(backend);
    const headers = { cookie: seat.cookie, 'x-panel-token': seat.token };
    const big = JSON.stringify({ channel: 'members:create', input: { name: 'x'.repeat(LIMITS.bodyBytes) } });
    expect((await rpc(headers, big)).status).toBe(413);
    const form = await send(host, {
      path: '/rpc',
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'channel=members:create',
    });
    expect(form.status).toBe(415);
    expect(databaseSnapshot(backend)).toBe(before);
  });

  it('limits sign-in attempts from one address, whichever account they name', async () => {
    const guesser = new SeatClient(host, '127.0.0.9', 'Guesser');
    await guesser.connect();
    const statuses: number[] = [];
    for (let attempt = 0; attempt <= LIMITS.signInsPerMinute; attempt += 1) {
      const reply = await guesser.call('auth:login', { username: `someone${attempt}`, password: 'wrong-password-1' });
      statuses.push(reply.status);
    }
    expect(statuses.slice(0, LIMITS.signInsPerMinute).every((status) => status === 200)).toBe(true);
    const last = await guesser.call('auth:login', { username: 'another', password: 'wrong-password-1' });
    expect(last.status).toBe(429);
    expect(JSON.parse(last.body)).toMatchObject({ ok: false, error: { code: 'THROTTLED' } });
    // Other calls from that address are counted apart and still answered.
    expect((await guesser.call('auth:status', {})).status).toBe(200);
  });
});
