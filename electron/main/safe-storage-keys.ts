import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { safeStorage } from 'electron';
import { AnchoredKeyStore, FileKeyStore, writeFileAtomically, type KeyStore } from '../backend/audit/key-store';

const ENCRYPTED_KEY_FILE = 'audit.key.enc';
/** The database key, wrapped by the operating system the same way, in a file of its own. */
const ENCRYPTED_DATABASE_KEY_FILE = 'database.key.enc';
const RECOVERED_DATABASE_KEY_FILE = 'database.key';

/**
 * The audit key encrypted by the operating system's keychain (DPAPI, Keychain,
 * libsecret). It is decrypted once at start-up and then held in memory.
 */
class SafeStorageKeyStore extends AnchoredKeyStore {
  private constructor(
    folder: string,
    private readonly key: Buffer,
    private readonly databaseKey: Buffer,
  ) {
    super(folder);
  }

  static async open(folder: string): Promise<SafeStorageKeyStore> {
    const databaseKey = await openDatabaseKey(folder);
    const file = path.join(folder, ENCRYPTED_KEY_FILE);
    if (existsSync(file)) {
      const { result } = await safeStorage.decryptStringAsync(readFileSync(file));
      return new SafeStorageKeyStore(folder, Buffer.from(result, 'hex'), databaseKey);
    }
    const store = new SafeStorageKeyStore(folder, randomBytes(32), databaseKey);
    await store.persist();
    return store;
  }

  loadKey(): Buffer {
    return this.key;
  }

  loadDatabaseKey(): Buffer {
    return this.databaseKey;
  }

  private async persist(): Promise<void> {
    const encrypted = await safeStorage.encryptStringAsync(this.key.toString('hex'));
    writeFileAtomically(path.join(this.folder, ENCRYPTED_KEY_FILE), encrypted);
  }
}

/** Decrypted once at start-up; made (and wrapped) on the first start. */
async function openDatabaseKey(folder: string): Promise<Buffer> {
  const file = path.join(folder, ENCRYPTED_DATABASE_KEY_FILE);
  // `npm run recover-key` leaves the recovered key in plain here: wrap it, then remove the plain copy.
  const recovered = path.join(folder, RECOVERED_DATABASE_KEY_FILE);
  if (existsSync(recovered)) {
    const key = Buffer.from(readFileSync(recovered, 'utf8').trim(), 'hex');
    writeFileAtomically(file, await safeStorage.encryptStringAsync(key.toString('hex')));
    rmSync(recovered, { force: true });
    return key;
  }
  if (existsSync(file)) {
    const { result } = await safeStorage.decryptStringAsync(readFileSync(file));
    return Buffer.from(result, 'hex');
  }
  const key = randomBytes(32);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  writeFileAtomically(file, await safeStorage.encryptStringAsync(key.toString('hex')));
  return key;
}

/**
 * safeStorage where the platform offers it; otherwise a file only this user
 * can read. `folder` is outside the data folder (main.ts), so a copy of the
 * data folder carries neither the wrapped keys (audit and database) nor the anchor.
 */
export async function createKeyStore(folder: string): Promise<KeyStore> {
  return (await safeStorage.isAsyncEncryptionAvailable()) ? SafeStorageKeyStore.open(folder) : new FileKeyStore(folder);
}
