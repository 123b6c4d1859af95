import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
}

const KEY_FILE = 'audit.key';
const ANCHOR_FILE = 'audit-anchor.json';

export function anchorMac(key: Buffer, anchor: AuditAnchor): string {
  return createHmac('sha256', key).update(`anchor:${anchor.seq}:${anchor.hmac}`).digest('hex');
}

/** Writes a small file so that it is either the old or the new content, never half of each. */
export function writeFileAtomically(file: string, content: string | Buffer, mode = 0o600): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content, { mode });
  renameSync(temporary, file);
  chmodSync(file, mode);
}

/** Anchor file shared by every key store; the MAC means it cannot be forged without the key. */
export abstract class AnchoredKeyStore implements KeyStore {
  constructor(protected readonly folder: string) {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
  }

  abstract loadKey(): Buffer;
  abstract replaceKey(key: Buffer): Promise<void>;

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
