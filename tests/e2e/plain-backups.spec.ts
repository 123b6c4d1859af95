import { existsSync } from 'node:fs';
import path from 'node:path';
import { expectNoSeriousViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { writePlainBackup } from './support/plain-backup';

test('deleting a backup made before encryption asks first, naming the file and what may persist', async ({
  page,
  panel,
}) => {
  const folder = path.join(path.dirname(panel.dbFile), 'backups');
  const kept = writePlainBackup(folder, 'panel-2026-10-01T09-00-00-000-daily.sqlite');
  const doomed = writePlainBackup(folder, 'pre-migration-2026-11-01T09-00-00.sqlite');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Backups' }).click();
  const section = page.getByRole('region', { name: 'Backups made before encryption' });
  await expect(section.getByRole('row')).toHaveCount(3);

  await section.getByRole('button', { name: `Delete ${path.basename(doomed)}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this unencrypted backup?' });
  await expect(dialog).toContainText(path.basename(doomed));
  await expect(dialog).toContainText('Deleted files may persist on some disks');
  await expectNoSeriousViolations(page, 'the delete plain backup dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(existsSync(doomed)).toBe(true);

  await section.getByRole('button', { name: `Delete ${path.basename(doomed)}` }).click();
  await dialog.getByRole('button', { name: 'Delete the backup' }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByRole('row')).toHaveCount(2);
  await expect(section).not.toContainText(path.basename(doomed));
  expect(existsSync(doomed)).toBe(false);
  expect(existsSync(kept)).toBe(true);
});
