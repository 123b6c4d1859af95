import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3';

/**
 * Encryption at rest. `better-sqlite3` is better-sqlite3-multiple-ciphers
 * installed under that name (package.json), in SQLCipher 4 compatible mode,
 * so the database, its WAL and every backup are ciphertext on disk and any
 * SQLCipher 4 tool can open them with the key.
 */

/** A database key is 32 random bytes from the key store, used as a raw key (no passphrase KDF). */
export const DATABASE_KEY_BYTES = 32;

/** The first 16 bytes of every unencrypted SQLite file. */
const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Raised when a file cannot be read: here named first, because the wrong key and a damaged file look the same. */
export class NotADatabaseError extends Error {
  constructor(
    readonly file: string,
    message = `This file is not a Fostering Panel database, or it is damaged: ${file}`,
  ) {
    super(message);
    this.name = 'NotADatabaseError';
  }
}

/** An encrypted file refuses the key: the key store holds another installation's key, or the file is damaged. */
export class WrongKeyError extends NotADatabaseError {
  constructor(file: string) {
    super(
      file,
      `The database could not be opened with this computer's database key. Either the key is not the one this ` +
        `database was encrypted with (for example the operating system's key store was reset), or the file is not a ` +
        `Fostering Panel database or is damaged. Nothing has been changed. To recover the key with the recovery ` +
        `passphrase, see "Recovering the database key" in the README. File: ${file}`,
    );
    this.name = 'WrongKeyError';
  }
}

/** Raised when node_modules holds a SQLite build without encryption (the alias was not installed). */
export class CipherUnavailableError extends Error {
  constructor() {
    super(
      'This build of SQLite cannot encrypt the database (better-sqlite3 is not better-sqlite3-multiple-ciphers). ' +
        'Run `npm ci` and `npm rebuild better-sqlite3`; nothing has been written.',
    );
    this.name = 'CipherUnavailableError';
  }
}

/**
 * Keys a connection that has run no other statement: the cipher scheme first,
 * then the key, then a read of the schema so a wrong key fails here with its
 * own message rather than later inside a query.
 */
export function applyDatabaseKey(sqlite: Database.Database, key: Buffer, file: string): void {
  if (key.length !== DATABASE_KEY_BYTES) throw new Error(`The database key must be ${DATABASE_KEY_BYTES} bytes.`);
  sqlite.pragma(`cipher = 'sqlcipher'`);
  sqlite.pragma('legacy = 4');
  // The key is hex of our own random bytes, never user text, so it is safe inside the statement.
  sqlite.pragma(`key = "x'${key.toString('hex')}'"`);
  // A SQLite without ciphers ignores unknown pragmas, and would then write a plain file.
  if (sqlite.pragma('cipher', { simple: true }) !== 'sqlcipher') throw new CipherUnavailableError();
  try {
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    if (isNotADatabase(error)) throw new WrongKeyError(file);
    throw error;
  }
}

/** Opens `file` with the key applied before anything else; closes it again if the key is refused. */
export function openEncrypted(file: string, key: Buffer, options?: Database.Options): Database.Database {
  const sqlite = new Database(file, options);
  try {
    applyDatabaseKey(sqlite, key, file);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return sqlite;
}

/** True for a file written before encryption (or by any plain SQLite): its header is readable text. */
export function hasPlainHeader(file: string): boolean {
  if (!existsSync(file)) return false;
  const header = Buffer.alloc(PLAIN_HEADER.length);
  const fd = openSync(file, 'r');
  try {
    const read = readSync(fd, header, 0, header.length, 0);
    return read === header.length && header.equals(PLAIN_HEADER);
  } finally {
    closeSync(fd);
  }
}

/**
 * Copies the connection's database into a new file, encrypted with the same
 * key: VACUUM INTO writes a consistent snapshot through the cipher (SQLite's
 * backup API refuses a plain destination for an encrypted source), and the
 * copy is in rollback-journal mode, so it stands alone without -wal or -shm.
 */
export function copyEncrypted(sqlite: Database.Database, target: string, schema = 'main'): void {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) throw new Error(`Not a schema name: ${schema}`);
  sqlite.prepare(`VACUUM ${schema} INTO ?`).run(target);
}

function isNotADatabase(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === 'SQLITE_NOTADB';
}
