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

/** The last row the app itself wrote, sealed with the key: detects a truncated tail. */
export interface AuditAnchor {
  seq: number;
  hmac: string;
}

/**
 * Where the audit key lives: never inside the database. Electron wraps it
 * with safeStorage (electron/main/safe-storage-keys.ts); browser mode and tests
 * keep it in a file only the user can read.
 */
export interface KeyStore {
  loadKey(): Buffer;
  readAnchor(): AuditAnchor | null;
  writeAnchor(anchor: AuditAnchor): void;
  /** Replace the key (restoring a database sealed on another computer). */
  replaceKey(key: Buffer): Promise<void>;
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

/** Makes a rename in the folder durable; Windows cannot open a folder for this, and its rename is already flushed. */
function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Temporary files a process left when it was killed between writing and renaming. */
function removeLeftovers(folder: string, name: string): void {
  for (const entry of readdirSync(folder)) {
    if (entry.startsWith(`${name}.`) && entry.endsWith('.tmp')) rmSync(path.join(folder, entry), { force: true });
  }
}

/** Anchor file shared by every key store; the MAC means it cannot be forged without the key. */
export abstract class AnchoredKeyStore implements KeyStore {
  constructor(protected readonly folder: string) {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    removeLeftovers(folder, ANCHOR_FILE);
  }

  abstract loadKey(): Buffer;
  abstract replaceKey(key: Buffer): Promise<void>;
  abstract loadDatabaseKey(): Buffer;

  readAnchor(): AuditAnchor | null {
    const file = path.join(this.folder, ANCHOR_FILE);
    if (!existsSync(file)) return null;
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as AuditAnchor & { mac: string };
    if (parsed.mac !== anchorMac(this.loadKey(), parsed)) {
      throw new Error('The audit anchor file has been altered.');
    }
    return { seq: parsed.seq, hmac: parsed.hmac };
  }

  writeAnchor(anchor: AuditAnchor): void {
    const sealed = { ...anchor, mac: anchorMac(this.loadKey(), anchor) };
    writeFileAtomically(path.join(this.folder, ANCHOR_FILE), JSON.stringify(sealed));
  }

  /** A new key starts a new chain of trust: the old anchor means nothing under it. */
  protected forgetAnchor(): void {
    const file = path.join(this.folder, ANCHOR_FILE);
    if (existsSync(file)) writeFileAtomically(file, JSON.stringify(null));
  }
}

export class FileKeyStore extends AnchoredKeyStore {
  private key: Buffer | null = null;
  private databaseKey: Buffer | null = null;

  /** In a file of its own, so the audit key can be replaced (a restore) without touching it. */
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

  replaceKey(key: Buffer): Promise<void> {
    writeFileAtomically(path.join(this.folder, KEY_FILE), key.toString('hex'));
    this.key = key;
    this.forgetAnchor();
    return Promise.resolve();
  }

  override readAnchor(): AuditAnchor | null {
    const file = path.join(this.folder, ANCHOR_FILE);
    if (existsSync(file) && readFileSync(file, 'utf8').trim() === 'null') return null;
    return super.readAnchor();
  }
}

/** The key file kept beside backups, so a backup can be restored on a new computer. */
export function exportKeyBeside(folder: string, key: Buffer): void {
  mkdirSync(folder, { recursive: true });
  writeFileAtomically(path.join(folder, KEY_FILE), key.toString('hex'));
}

export function readKeyBeside(folder: string): Buffer | null {
  const file = path.join(folder, KEY_FILE);
  return existsSync(file) ? Buffer.from(readFileSync(file, 'utf8').trim(), 'hex') : null;
}
