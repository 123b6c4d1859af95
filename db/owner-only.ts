import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';

/**
 * Owner-only files and folders (0600 and 0700) for everything that holds the
 * records: the data folder, the database, backups, keys and exports. Windows
 * has no such modes (its profile folders are already per user), so there the
 * calls do nothing harmful.
 */
export const OWNER_ONLY_FILE = 0o600;
export const OWNER_ONLY_FOLDER = 0o700;

/**
 * Creates the folder (and missing parents) owner-only. An existing folder is
 * left as it is: it may be one the administrator chose and shares on purpose.
 */
export function ensureOwnerOnlyFolder(folder: string): void {
  // Throws when a file stands where the folder should be, as mkdir does.
  const created = mkdirSync(folder, { recursive: true, mode: OWNER_ONLY_FOLDER });
  // mkdir's mode passes through the umask; 0700 is unaffected by the usual ones, but make it certain.
  if (created !== undefined) restrict(folder, OWNER_ONLY_FOLDER);
}

/** The app's own data folder, created or narrowed to the owner (installations before 18 made it 0755). */
export function ownDataFolder(folder: string): void {
  ensureOwnerOnlyFolder(folder);
  restrict(folder, OWNER_ONLY_FOLDER);
}

/**
 * Makes sure the file exists with mode 0600 before SQLite opens it: SQLite
 * gives its -wal and -shm files the mode of the database file, so they are
 * owner-only too. An empty file is a new database to SQLite.
 */
export function createOwnerOnlyFile(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', OWNER_ONLY_FILE));
  restrict(file, OWNER_ONLY_FILE);
}

/** Narrows an existing file to the owner (a copy SQLite or another library created with the default mode). */
export function restrictToOwner(file: string): void {
  restrict(file, OWNER_ONLY_FILE);
}

function restrict(target: string, mode: number): void {
  if (process.platform === 'win32') return;
  chmodSync(target, mode);
}
