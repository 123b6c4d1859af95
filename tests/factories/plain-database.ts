import { openEncrypted } from '../../db/cipher';

/**
 * Turns an encrypted test database back into a plain one, as every release
 * before encryption wrote it (same schema, rows and sealed audit chain), for
 * testing the upgrade that encrypts it. The file must be closed by the app.
 */
export function decryptToPlain(file: string, key: Buffer): void {
  const sqlite = openEncrypted(file, key);
  try {
    // Re-keying rewrites every page, which SQLite does only outside WAL mode.
    sqlite.pragma('journal_mode = DELETE');
    sqlite.rekey(Buffer.alloc(0));
    sqlite.pragma('journal_mode = WAL');
  } finally {
    sqlite.close();
  }
}
