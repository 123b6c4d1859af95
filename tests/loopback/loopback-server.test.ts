import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoopbackServer, type LoopbackServer } from '../../electron/loopback/loopback-server';
import {
  databaseSnapshot,
  openTestBackend,
  signIn,
  tempFolder,
  TEST_PASSWORD,
  type TestBackend,
} from '../factories/backend';
import { memberInput } from '../factories/members';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so tests can send the headers a browser never would. */
function send(
  server: LoopbackServer,
  options: { path?: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: options.path ?? '/',
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Each client names itself with a random id; these two both hold the launch key. */
const WINDOW = 'window-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const SECOND_CLIENT = 'second-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

describe('loopback transport', () => {
  let backend: TestBackend;
  let server: LoopbackServer;
  let staticRoot: string;
  const rpc = (body: unknown, headers: Record<string, string> = {}) =>
    send(server, {
      path: '/rpc',
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-panel-token': server.token,
        'x-panel-client': WINDOW,
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  beforeAll(async () => {
    backend = await openTestBackend();
    const { username } = await signIn(backend);
    staticRoot = path.join(tempFolder(), 'renderer');
    mkdirSync(staticRoot);
    writeFileSync(path.join(staticRoot, 'index.html'), '<!doctype html><title>Panel</title>');
    writeFileSync(path.join(path.dirname(staticRoot), 'secret.txt'), 'outside the app');
    server = await startLoopbackServer(backend, staticRoot);
    const login = await rpc({ channel: 'auth:login', input: { username, password: TEST_PASSWORD } });
    expect(JSON.parse(login.body)).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    await server.close();
    backend.dispose();
  });

  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses an API call without the key in its header', async () => {
    const withoutKey: Record<string, string>[] = [
      { 'content-type': 'application/json' },
      { 'content-type': 'application/json', 'x-panel-client': WINDOW },
    ];
    for (const headers of withoutKey) {
      const call = await send(server, {
        path: '/rpc',
        method: 'POST',
        headers,
        body: '{"channel":"members:list","input":{}}',
      });
      expect(call.status).toBe(401);
      expect(JSON.parse(call.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
    const events = await send(server, { path: '/events', headers: { 'x-panel-client': WINDOW } });
    expect(events.status).toBe(401);
  });

  it('refuses the key as a query or a cookie: only the header counts', async () => {
    const inQuery = await send(server, {
      path: `/rpc?key=${server.token}&token=${server.token}`,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-panel-client': WINDOW },
      body: '{"channel":"members:list","input":{}}',
    });
    expect(inQuery.status).toBe(401);
    for (const name of ['panel_token', `panel_token_${server.port}`]) {
      const inCookie = await send(server, {
        path: '/rpc',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-panel-client': WINDOW, cookie: `${name}=${server.token}` },
        body: '{"channel":"members:list","input":{}}',
      });
      expect(inCookie.status).toBe(401);
    }
  });

  it('refuses a wrong key', async () => {
    const reply = await rpc({ channel: 'members:list', input: {} }, { 'x-panel-token': 'guess' });
    expect(reply.status).toBe(401);
  });

  it('refuses a call with the key that does not say which client it is', async () => {
    for (const client of ['', 'short', 'not an id with spaces and more than enough characters']) {
      const reply = await rpc({ channel: 'members:list', input: {} }, { 'x-panel-client': client });
      expect(reply.status).toBe(401);
    }
  });

  it('serves the static app files without the key, with the security headers', async () => {
    const page = await send(server, {});
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Panel</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const launch = await send(server, { path: new URL(server.launchUrl).pathname + new URL(server.launchUrl).search });
    expect(launch.status).toBe(200);
  });

  it('never sets a cookie, so the key cannot reach another server on 127.0.0.1', async () => {
    const launch = new URL(server.launchUrl);
    expect(launch.searchParams.get('key')).toBe(server.token);
    const replies = [
      await send(server, { path: launch.pathname + launch.search }),
      await send(server, { path: `/?token=${server.token}` }),
      await send(server, { path: '/index.html' }),
      await rpc({ channel: 'auth:status', input: {} }),
    ];
    for (const reply of replies) expect(reply.headers['set-cookie']).toBeUndefined();
    expect(replies.map((reply) => JSON.stringify(reply.headers)).join('')).not.toContain(server.token);
  });

  it('gives a second client holding the key its own session, which must log in itself', async () => {
    expect(JSON.parse((await rpc({ channel: 'members:list', input: {} })).body)).toMatchObject({ ok: true });
    const second = { 'x-panel-client': SECOND_CLIENT };
    expect(JSON.parse((await rpc({ channel: 'members:list', input: {} }, second)).body)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(JSON.parse((await rpc({ channel: 'auth:status', input: {} }, second)).body)).toMatchObject({
      ok: true,
      value: { session: null },
    });
    // Logging out the second client leaves the first as it was.
    await rpc({ channel: 'auth:logout', input: {} }, second);
    expect(JSON.parse((await rpc({ channel: 'members:list', input: {} })).body)).toMatchObject({ ok: true });
  });

  it('refuses foreign Host and Origin headers even with the token', async () => {
    const host = await rpc({ channel: 'members:list', input: {} }, { host: 'evil.example:80' });
    expect(host.status).toBe(403);
    const origin = await rpc({ channel: 'members:list', input: {} }, { origin: 'https://evil.example' });
    expect(origin.status).toBe(403);
    const ownOrigin = await rpc({ channel: 'members:list', input: {} }, { origin: server.url });
    expect(ownOrigin.status).toBe(200);
  });

  it('answers a malformed request with a validation error and changes nothing', async () => {
    const before = databaseSnapshot(backend);
    const notJson = await rpc('{"channel": "members:create", ');
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const badInput = await rpc({ channel: 'members:create', input: { ...memberInput(), appointmentDate: 'soon' } });
    expect(JSON.parse(badInput.body)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fieldErrors: { appointmentDate: 'Enter a date with a day, month and year' } },
    });
    const tooBig = await rpc(
      JSON.stringify({ channel: 'members:list', input: { search: 'x'.repeat(6 * 1024 * 1024) } }),
    );
    expect(tooBig.status).toBe(413);
    expect(databaseSnapshot(backend)).toBe(before);
  });

  it('dispatches through the router', async () => {
    const created = await rpc({ channel: 'members:create', input: memberInput({ name: 'Ann Smith' }) });
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { name: 'Ann Smith' } });
  });

  it('never serves files from outside the renderer folder', async () => {
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const reply = await send(server, { path: attempt });
      expect(reply.body).not.toContain('outside the app');
    }
  });
});
