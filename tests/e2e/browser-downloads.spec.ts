import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RegisterPage } from '../../shared/contract/documents';
import { rpc, rpcOrThrow } from './support/accounts';
import { expect, test } from './support/fixtures';
import { openScreen } from './support/screen-urls';
import { addSitting } from './support/sittings';

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

test('browser mode: an issued document arrives as a download matching the register, and nothing is written on the host', async ({
  page,
  panel,
}) => {
  const sittingId = await addSitting(page, '2026-12-08');
  await openScreen(page, `/sittings/${sittingId}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download agenda (DOCX)' }).click(),
  ]);
  const status = page.getByRole('status').filter({ hasText: 'Saved to' });
  await expect(status).toContainText(`Saved to your downloads as ${download.suggestedFilename()}`);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const file = await download.path();

  // Built and registered by the backend: the bytes that arrived are the ones the register hashed.
  const register = (await rpcOrThrow(page, 'documents:register', {})) as RegisterPage;
  expect(register.documents).toHaveLength(1);
  const [issued] = register.documents;
  expect(issued).toMatchObject({ kind: 'agenda', fileName: download.suggestedFilename() });
  expect(sha256(file)).toBe(issued?.sha256);
  expect(readFileSync(file).length).toBe(issued?.sizeBytes);

  // Saved again from the register: the same bytes, checked against the hash first.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Issued documents' }).click();
  const [again] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('row', { name: /Agenda/ })
      .getByRole('button', { name: /^Save again/ })
      .click(),
  ]);
  expect(sha256(await again.path())).toBe(issued?.sha256);

  // Nothing main made was written into a folder beside the data.
  expect(existsSync(path.join(path.dirname(panel.dbFile), 'exports'))).toBe(false);
});

test('browser mode: the whole-database export downloads once, encrypted, to the window that asked only', async ({
  page,
  panel,
}) => {
  // What the answer names, fetched by another client holding the launch key, is refused.
  const exported = await rpc(page, 'backups:exportDatabase', { passphrase: 'heron-lantern-quarry-19' });
  expect(exported).toMatchObject({ ok: true });
  const named = (exported.value as { path: string }).path;
  expect(named).toMatch(/^\/download\/[A-Za-z0-9_-]{22}\/fostering-panel-export-2026-11-23-encrypted\.sqlite$/);
  const fetchAs = (client: string | null) =>
    page.evaluate(
      async ({ url, client }) => {
        const response = await fetch(url, {
          headers: {
            'X-Panel-Token': sessionStorage.getItem('panel.launchKey') ?? '',
            'X-Panel-Client': client ?? sessionStorage.getItem('panel.clientId') ?? '',
          },
        });
        return { status: response.status, size: (await response.arrayBuffer()).byteLength };
      },
      { url: named, client },
    );
  expect((await fetchAs('another-window-with-its-own-client-id')).status).toBe(404);
  const first = await fetchAs(null);
  expect(first.status).toBe(200);
  expect(first.size).toBe((exported.value as { sizeBytes: number }).sizeBytes);
  // Handed out once: the same address again finds nothing.
  expect((await fetchAs(null)).status).toBe(404);

  // Through the screen: a download of an encrypted file, with no SQLite header in it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backups' }).click();
  await page.getByLabel('Passphrase for the export').fill('heron-lantern-quarry-19');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export the whole database' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('fostering-panel-export-2026-11-23-encrypted.sqlite');
  const bytes = readFileSync(await download.path());
  expect(bytes.length).toBeGreaterThan(4096);
  expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
  expect(existsSync(path.join(path.dirname(panel.dbFile), 'exports'))).toBe(false);
});
