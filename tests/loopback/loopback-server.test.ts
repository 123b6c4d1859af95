import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLoopbackServer, type LoopbackServer } from '../../electron/loopback/loopback-server';
import { databaseSnapshot, openTestBackend, signIn, tempFolder, type TestBackend } from '../factories/backend';
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

describe('loopback transport', () => {
  let backend: TestBackend;
  let server: LoopbackServer;
  let staticRoot: string;
  const rpc = (body: unknown, headers: Record<string, string> = {}) =>
    send(server, {
      path: '/rpc',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-panel-token': server.token, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  beforeAll(async () => {
    backend = await openTestBackend();
    await signIn(backend);
    staticRoot = path.join(tempFolder(), 'renderer');
    mkdirSync(staticRoot);
    writeFileSync(path.join(staticRoot, 'index.html'), '<!doctype html><title>Panel</title>');
    writeFileSync(path.join(path.dirname(staticRoot), 'secret.txt'), 'outside the app');
    server = await startLoopbackServer(backend, staticRoot);
  });
  afterAll(async () => {
    await server.close();
    backend.dispose();
  });

  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses a request without the token', async () => {
    const page = await send(server, {});
    expect(page.status).toBe(401);
    const call = await send(server, {
      path: '/rpc',
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(call.status).toBe(401);
    expect(JSON.parse(call.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a wrong token', async () => {
    const reply = await rpc({ channel: 'members:list', input: {} }, { 'x-panel-token': 'guess' });
    expect(reply.status).toBe(401);
  });

  it('swaps the launch token for an HttpOnly, same-site cookie and then serves the page', async () => {
    const launch = await send(server, { path: `/?token=${server.token}` });
    expect(launch.status).toBe(303);
    const cookie = String(launch.headers['set-cookie']);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const page = await send(server, { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
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
      const reply = await send(server, { path: attempt, headers: { 'x-panel-token': server.token } });
      expect(reply.body).not.toContain('outside the app');
    }
  });
});
