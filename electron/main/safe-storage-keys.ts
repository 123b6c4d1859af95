import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { safeStorage } from 'electron';
import { AnchoredKeyStore, FileKeyStore, writeFileAtomically, type KeyStore } from '../backend/audit/key-store';

const ENCRYPTED_KEY_FILE = 'audit.key.enc';

/**
 * The audit key encrypted by the operating system's keychain (DPAPI, Keychain,
 * libsecret). It is decrypted once at start-up and then held in memory.
 */
class SafeStorageKeyStore extends AnchoredKeyStore {
  private constructor(
    folder: string,
    private readonly key: Buffer,
  ) {
    super(folder);
  }

  static async open(folder: string): Promise<SafeStorageKeyStore> {
    const file = path.join(folder, ENCRYPTED_KEY_FILE);
    if (existsSync(file)) {
      const { result } = await safeStorage.decryptStringAsync(readFileSync(file));
      return new SafeStorageKeyStore(folder, Buffer.from(result, 'hex'));
    }
    const store = new SafeStorageKeyStore(folder, randomBytes(32));
    await store.persist();
    return store;
  }

  loadKey(): Buffer {
    return this.key;
  }

  private async persist(): Promise<void> {
    const encrypted = await safeStorage.encryptStringAsync(this.key.toString('hex'));
    writeFileAtomically(path.join(this.folder, ENCRYPTED_KEY_FILE), encrypted);
  }
}

/**
 * safeStorage where the platform offers it; otherwise a file only this user
 * can read. `folder` is outside the data folder (main.ts), so a copy of the
 * data folder carries neither the wrapped key nor the anchor.
 */
export async function createKeyStore(folder: string): Promise<KeyStore> {
  return (await safeStorage.isAsyncEncryptionAvailable()) ? SafeStorageKeyStore.open(folder) : new FileKeyStore(folder);
}
