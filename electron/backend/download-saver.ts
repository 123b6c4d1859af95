import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { DomainError } from './domain-error';
import { sanitiseFileName, type FileSaver } from './file-saver';

/**
 * Browser mode's saver: nothing is written on the host. The bytes main made
 * (a document it has built and registered, a CSV, the whole-database export)
 * are held for the window that asked, under `/download/<id>/<name>`, and the
 * page fetches them once, with its launch key and its own client id, as a
 * browser download (renderer/src/api/saved-file.ts). Only the client whose
 * call made the file can fetch it; it is handed out once and forgotten after
 * ten minutes if never fetched (a write that was then refused, a closed tab).
 */
export const DOWNLOAD_PREFIX = '/download/';
const KEPT_FOR_MS = 10 * 60 * 1000;

interface Pending {
  client: string;
  /** The channel whose call made it, for the download's audit row. */
  madeBy: string;
  name: string;
  bytes: Uint8Array;
  until: number;
}

export interface DownloadSaver extends FileSaver {
  /**
   * Runs a call as this client, so a file it saves is held for this client
   * only. With `refusal`, this client may not have files: a save is refused
   * with that message, so the write that would make the file makes nothing.
   */
  runAs<T>(client: string, call: () => T, refusal?: string | null, channel?: string): T;
  /** The file, once, for the client whose call made it; null for anything else. */
  take(pathname: string, client: string): { name: string; bytes: Uint8Array; madeBy: string } | null;
}

/** The channel a call named, as the download it made records it. */
export function channelName(channel: unknown): string {
  return typeof channel === 'string' ? channel.slice(0, 100) : 'unknown';
}

export function downloadSaver(now: () => number = Date.now): DownloadSaver {
  const caller = new AsyncLocalStorage<{ client: string; refusal: string | null; channel: string }>();
  const pending = new Map<string, Pending>();
  const forgetExpired = () => {
    for (const [id, file] of pending) if (file.until <= now()) pending.delete(id);
  };
  return {
    runAs: (client, call, refusal = null, channel = 'unknown') => caller.run({ client, refusal, channel }, call),
    save: (suggestedName, bytes) => {
      const store = caller.getStore();
      // Only the loopback server saves, always inside runAs; a call outside one has no window to deliver to.
      if (store === undefined) return Promise.reject(new Error('A download was made outside a window’s call.'));
      if (store.refusal !== null) return Promise.reject(new DomainError('FORBIDDEN', store.refusal));
      const { client, channel } = store;
      forgetExpired();
      const id = randomBytes(16).toString('base64url');
      const name = sanitiseFileName(suggestedName);
      pending.set(id, { client, madeBy: channel, name, bytes, until: now() + KEPT_FOR_MS });
      return Promise.resolve(`${DOWNLOAD_PREFIX}${id}/${name}`);
    },
    take: (pathname, client) => {
      forgetExpired();
      const match = /^\/download\/([A-Za-z0-9_-]{22})\/([A-Za-z0-9._-]+)$/.exec(pathname);
      const file = match ? pending.get(match[1] ?? '') : undefined;
      if (!match || !file || file.client !== client || file.name !== match[2]) return null;
      pending.delete(match[1] ?? '');
      return { name: file.name, bytes: file.bytes, madeBy: file.madeBy };
    },
  };
}
