import { DATABASE_KEY_BYTES } from '../../../db/cipher';
import type { KeyStore } from './key-store';

/**
 * For servers: the database key in an environment variable (64 hexadecimal
 * characters) instead of the key store's file (`database.key`).
 */
export const DATABASE_KEY_VARIABLE = 'PANEL_DATABASE_KEY';

export function parseDatabaseKey(text: string, where: string): Buffer {
  const hex = text.trim();
  if (!new RegExp(`^[0-9a-fA-F]{${DATABASE_KEY_BYTES * 2}}$`).test(hex)) {
    throw new Error(`The database key in ${where} must be ${DATABASE_KEY_BYTES * 2} hexadecimal characters.`);
  }
  return Buffer.from(hex, 'hex');
}

/** The same key store, except that the database key comes from the environment when the variable is set. */
export function withDatabaseKeyFromEnvironment(store: KeyStore, env: NodeJS.ProcessEnv): KeyStore {
  const value = env[DATABASE_KEY_VARIABLE];
  if (value === undefined || value === '') return store;
  const key = parseDatabaseKey(value, `the environment variable ${DATABASE_KEY_VARIABLE}`);
  // Every other method stays the store's own, whatever it gains later.
  const wrapped = Object.create(store) as KeyStore;
  wrapped.loadDatabaseKey = () => key;
  return wrapped;
}
