import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { strToU8, zipSync } from 'fflate';
import { DomainError } from '../../backend/domain-error';
import type { DatabaseStore } from '../../backend/store';
import { verifyDatabaseFile } from './verify-database';

/**
 * The whole database for the administrator: a verified SQLite copy (made with
 * the backup API) and every table as JSON, in one zip.
 */
export async function exportDatabaseZip(store: DatabaseStore, key: Buffer, at: Date): Promise<Uint8Array> {
  const copy = path.join(tmpdir(), `panel-export-${process.pid}-${at.getTime()}.sqlite`);
  try {
    await store.sqlite.backup(copy);
    const check = verifyDatabaseFile(copy, key);
    if (!check.ok) throw new DomainError('RULE_VIOLATION', `The export failed its check: ${check.problem ?? ''}`);
    const files: Record<string, Uint8Array> = { 'panel.sqlite': readFileSync(copy) };
    const sqlite = new Database(copy, { readonly: true });
    try {
      const tables = sqlite
        .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
        .all() as { name: string }[];
      for (const { name } of tables) {
        const rows = sqlite.prepare(`SELECT * FROM "${name}"`).all();
        files[`tables/${name}.json`] = strToU8(JSON.stringify(rows, null, 2));
      }
    } finally {
      sqlite.close();
    }
    files['README.txt'] = strToU8(
      `Fostering Panel database export made ${at.toISOString()}.\n` +
        'panel.sqlite is a complete, verified copy of the database. tables/ holds every table as JSON.\n' +
        'It contains special category personal data: store it securely and delete it when no longer needed.\n',
    );
    return zipSync(files);
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
  }
}
