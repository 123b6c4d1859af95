import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadSaver } from '../../electron/backend/download-saver';
import { openTestBackend, signIn, TEST_PASSWORD, type TestBackend } from '../factories/backend';
import { SeatClient, startTestHost, type TestHost } from './host-client';

/** A file main makes for a seat goes to that seat as a download, once, and is never written on the host. */
describe('service host: files for a seat', () => {
  let backend: TestBackend;
  let host: TestHost;
  let username: string;

  beforeAll(async () => {
    const downloads = downloadSaver();
    backend = await openTestBackend({ saver: downloads });
    ({ username } = await signIn(backend));
    host = await startTestHost(backend, downloads);
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
});
