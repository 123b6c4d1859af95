import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * A backup as the releases before encryption left it: a plain SQLite file in
 * the backup folder (never keyed, so its header is SQLite's own).
 */
export function writePlainBackup(folder: string, name: string): string {
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, name);
  const db = new Database(file);
  db.exec("CREATE TABLE members (name TEXT); INSERT INTO members VALUES ('Philippa Plaintext');");
  db.close();
  return file;
}
