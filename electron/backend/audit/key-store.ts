import { createHmac, randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { syncFolder } from '../../../db/durable-files';

/** The last row the app itself wrote, sealed with the key: detects a truncated tail. */
export interface AuditAnchor {
  seq: number;
  hmac: string;
}

/**
 * Where the audit key and the anchor live: never inside the database, and
 * never inside the data folder, so a copy of the data folder or of a backup
 * share can neither be re-sealed nor have its tail cut unnoticed. Electron
 * wraps the key with safeStorage (electron/main/safe-storage-keys.ts); browser
 * mode, servers and tests keep it in an owner-only folder named at start.
 */
export interface KeyStore {
  loadKey(): Buffer;
  /** The newest row the app wrote; null when there is none. Throws when the anchor cannot be read or was altered. */
  readAnchor(): AuditAnchor | null;
  writeAnchor(anchor: AuditAnchor): void;
  /** The database's encryption key: 32 random bytes, made on first use, kept apart from the audit key. */
  loadDatabaseKey(): Buffer;
}

const KEY_FILE = 'audit.key';
const ANCHOR_FILE = 'audit-anchor.json';
const DATABASE_KEY_FILE = 'database.key';

export function anchorMac(key: Buffer, anchor: AuditAnchor): string {
  return createHmac('sha256', key).update(`anchor:${anchor.seq}:${anchor.hmac}`).digest('hex');
}

/** Writes a small file so that it is either the old or the new content, never half of each. */
export function writeFileAtomically(file: string, content: string | Buffer, mode = 0o600): void {
  const temporary = `${file}.${process.pid}.tmp`;
  // Flushed before the rename, so after a power cut the file holds the old or the new content, not nothing.
  const fd = openSync(temporary, 'w', mode);
  try {
    writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
  chmodSync(file, mode);
  syncFolder(path.dirname(file));
}

/**
 * Temporary files a process left when it was killed between writing and
 * renaming. A file whose process is still running is that process's write in
 * progress (the app, while a recovery tool or the bench opens the same folder),
 * and is left alone.
 */
function removeLeftovers(folder: string, name: string): void {
  for (const entry of readdirSync(folder)) {
    if (!entry.startsWith(`${name}.`) || !entry.endsWith('.tmp')) continue;
    const pid = Number(entry.slice(name.length + 1, -'.tmp'.length));
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && processIsRunning(pid)) continue;
    rmSync(path.join(folder, entry), { force: true });
  }
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user. ESRCH: no such process.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Anchor file shared by every key store; the MAC means it cannot be forged without the key. */
export abstract class AnchoredKeyStore implements KeyStore {
  constructor(protected readonly folder: string) {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    removeLeftovers(folder, ANCHOR_FILE);
  }

  abstract loadKey(): Buffer;
  abstract loadDatabaseKey(): Buffer;

  readAnchor(): AuditAnchor | null {
    const file = path.join(this.folder, ANCHOR_FILE);
    if (!existsSync(file)) return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      throw new Error('the anchor file cannot be read');
    }
    if (parsed === null) return null;
    if (!isSealedAnchor(parsed)) throw new Error('the anchor file is not in the form the app writes');
    if (parsed.mac !== anchorMac(this.loadKey(), parsed)) throw new Error('the anchor file has been altered');
    return { seq: parsed.seq, hmac: parsed.hmac };
  }

  writeAnchor(anchor: AuditAnchor): void {
    const sealed = { ...anchor, mac: anchorMac(this.loadKey(), anchor) };
    writeFileAtomically(path.join(this.folder, ANCHOR_FILE), JSON.stringify(sealed));
  }
}

export class FileKeyStore extends AnchoredKeyStore {
  private key: Buffer | null = null;
  private databaseKey: Buffer | null = null;

  /** In a file of its own beside the audit key (the key folder, outside the data folder), never derived from it. */
  loadDatabaseKey(): Buffer {
    if (this.databaseKey) return this.databaseKey;
    const file = path.join(this.folder, DATABASE_KEY_FILE);
    if (!existsSync(file)) writeFileAtomically(file, randomBytes(32).toString('hex'));
    this.databaseKey = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    return this.databaseKey;
  }

  loadKey(): Buffer {
    if (this.key) return this.key;
    const file = path.join(this.folder, KEY_FILE);
    if (!existsSync(file)) writeFileAtomically(file, randomBytes(32).toString('hex'));
    this.key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
    return this.key;
  }
}

function isSealedAnchor(value: unknown): value is AuditAnchor & { mac: string } {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.seq === 'number' &&
    Number.isInteger(record.seq) &&
    typeof record.hmac === 'string' &&
    typeof record.mac === 'string'
  );
}

/**
 * Refuses a key folder inside the data folder (or the data folder itself): a
 * copy of the data folder must not carry the power to re-seal it.
 */
export function assertKeysOutsideData(keysFolder: string, dataFolder: string): void {
  const relative = path.relative(path.resolve(dataFolder), path.resolve(keysFolder));
  if (relative === '' || (relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative))) {
    throw new Error(
      `The key folder ${keysFolder} is inside the data folder ${dataFolder}. ` +
        'Keep the keys somewhere a copy of the data folder does not reach, and name that folder at start.',
    );
  }
}

/**
 * Before this release the keys lived in `keys/` inside the data folder: moved
 * once to the key folder (only when that holds no key yet), so an upgraded
 * installation keeps its key and anchor and still verifies.
 */
export function moveKeysOutOf(oldFolder: string, keysFolder: string): void {
  if (!existsSync(oldFolder) || (existsSync(keysFolder) && readdirSync(keysFolder).length > 0)) return;
  mkdirSync(path.dirname(keysFolder), { recursive: true, mode: 0o700 });
  rmSync(keysFolder, { recursive: true, force: true });
  renameSync(oldFolder, keysFolder);
}
