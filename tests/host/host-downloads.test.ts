import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDownloadingBackend, TEST_PASSWORD, type TestBackend } from '../factories/backend';
import { SeatClient, startTestHost, type TestHost } from './host-client';

/** A file main makes for a seat goes to that seat as a download, once, and is never written on the host. */
describe('service host: files for a seat', () => {
  let backend: TestBackend;
  let host: TestHost;
  let username: string;
  let userId: string;

  beforeAll(async () => {
    const opened = await openDownloadingBackend();
    ({ backend, username, userId } = opened);
    host = await startTestHost(backend, opened.downloads);
  });
  afterAll(async () => {
    await host.server.close();
    backend.dispose();
  });

  it('hands the file to the seat whose call made it, once', async () => {
    const seat = new SeatClient(host);
    await seat.connect();
    await seat.call('auth:login', { username, password: TEST_PASSWORD });
    const saved = JSON.parse((await seat.call('import:saveTemplate', { kind: 'members', format: 'csv' })).body) as {
      ok: boolean;
      value: { path: string };
    };
    expect(saved.ok).toBe(true);
    expect(saved.value.path).toMatch(/^\/download\/[A-Za-z0-9_-]{22}\/[A-Za-z0-9._-]+\.csv$/);

    const other = new SeatClient(host, '127.0.0.3', 'Someone else');
    await other.connect();
    expect((await other.get(saved.value.path)).status).toBe(404);
    // Without the seat's token the request is refused before the file is looked for.
    const noToken = await new SeatClient(host).get(saved.value.path);
    expect([401, 403]).toContain(noToken.status);

    const first = await seat.get(saved.value.path);
    expect(first.status).toBe(200);
    expect(first.headers['content-disposition']).toMatch(/^attachment; filename="/);
    expect(first.body.split('\n')[0]).toMatch(/name/i);
    expect((await seat.get(saved.value.path)).status).toBe(404);
    expect(existsSync(path.join(backend.folder, 'exports'))).toBe(false);
  });

  it('audits every download: who, from which seat, which file and what made it, when', async () => {
    const seat = new SeatClient(host, '127.0.0.4', 'Reception PC');
    await seat.connect();
    await seat.call('auth:login', { username, password: TEST_PASSWORD });
    const saved = JSON.parse((await seat.call('import:saveTemplate', { kind: 'households', format: 'csv' })).body) as {
      value: { path: string };
    };
    const downloads = () =>
      backend.store.sqlite
        .prepare(`SELECT user_id, user_name, seat, changes, at FROM audit_log WHERE channel = 'download' ORDER BY seq`)
        .all() as { user_id: string; user_name: string; seat: string; changes: string; at: string }[];
    // Made but not fetched: nothing downloaded yet, so no download row.
    const before = downloads().length;

    expect((await seat.get(saved.value.path)).status).toBe(200);
    const rows = downloads();
    expect(rows).toHaveLength(before + 1);
    const row = rows.at(-1);
    const name = saved.value.path.split('/').at(-1);
    expect(row?.user_id).toBe(userId);
    expect(row?.user_name).toBe(username.replace('tester', 'Tester '));
    expect(row?.seat).toBe('Reception PC (127.0.0.4)');
    expect(JSON.parse(row?.changes ?? '{}')).toEqual({ file: [null, name], madeBy: [null, 'import:saveTemplate'] });
    expect(row?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // A refused fetch (already taken) downloads nothing, so it adds no row.
    expect((await seat.get(saved.value.path)).status).toBe(404);
    expect(downloads()).toHaveLength(before + 1);
  });
});
