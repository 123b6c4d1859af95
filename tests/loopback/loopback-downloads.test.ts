import { request } from 'node:http';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditedDownloads, startLoopbackServer, type LoopbackServer } from '../../electron/loopback/loopback-server';
import { openDownloadingBackend, tempFolder, TEST_PASSWORD, type TestBackend } from '../factories/backend';

const WINDOW = 'window-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';

/** One request from the window, with its launch key and its own client id, as the page sends it. */
function fromWindow(
  server: LoopbackServer,
  pathname: string,
  body?: unknown,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: pathname,
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json', 'x-panel-token': server.token, 'x-panel-client': WINDOW },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

/**
 * Issue 20, every download is audited: in browser mode on one computer too, not only at the service host. The same
 * row as the host's (tests/host/host-downloads.test.ts), with no seat: this computer's own window, as every loopback
 * call's row.
 */
describe('browser mode: files for the window', () => {
  let backend: TestBackend;
  let server: LoopbackServer;
  let username: string;
  let userId: string;

  beforeAll(async () => {
    const opened = await openDownloadingBackend();
    ({ backend, username, userId } = opened);
    const downloads = opened.downloads;
    const staticRoot = path.join(tempFolder(), 'renderer');
    mkdirSync(staticRoot);
    server = await startLoopbackServer(backend, staticRoot, 0, auditedDownloads(backend, downloads));
    const login = await fromWindow(server, '/rpc', {
      channel: 'auth:login',
      input: { username, password: TEST_PASSWORD },
    });
    expect(JSON.parse(login.body)).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    await server.close();
    backend.dispose();
  });

  const downloadRows = () =>
    backend.store.sqlite
      .prepare(
        `SELECT user_id, user_name, seat, entity_type, changes, at FROM audit_log WHERE channel = 'download' ORDER BY seq`,
      )
      .all() as { user_id: string; user_name: string; seat: string | null; entity_type: string; changes: string }[];

  it('audits the download of a file the window’s call made: who, which file, what made it; the chain verifies', async () => {
    const made = await fromWindow(server, '/rpc', {
      channel: 'import:saveTemplate',
      input: { kind: 'households', format: 'csv' },
    });
    const saved = JSON.parse(made.body) as { ok: boolean; value: { path: string } };
    expect(saved.ok).toBe(true);
    // Made but not fetched: nothing downloaded yet, so no download row.
    const before = downloadRows().length;

    const fetched = await fromWindow(server, saved.value.path);
    expect(fetched.status).toBe(200);
    expect(fetched.headers['content-disposition']).toMatch(/^attachment; filename="/);
    const rows = downloadRows();
    expect(rows).toHaveLength(before + 1);
    const row = rows.at(-1);
    expect(row).toMatchObject({ user_id: userId, user_name: username.replace('tester', 'Tester '), seat: null });
    expect(row?.entity_type).toBe('download');
    const name = saved.value.path.split('/').at(-1);
    expect(JSON.parse(row?.changes ?? '{}')).toEqual({ file: [null, name], madeBy: [null, 'import:saveTemplate'] });

    // A refused fetch (already taken) hands nothing over, so it adds no row.
    expect((await fromWindow(server, saved.value.path)).status).toBe(404);
    expect(downloadRows()).toHaveLength(before + 1);
    const verified = JSON.parse((await fromWindow(server, '/rpc', { channel: 'audit:verify', input: {} })).body);
    expect(verified).toMatchObject({ ok: true, value: { ok: true } });
  });
});
