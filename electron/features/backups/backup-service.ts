import { copyFileSync, existsSync, openSync, fsyncSync, closeSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupOverview } from '../../../shared/schemas/backups';
import { openDatabase } from '../../../db/migrate';
import { copyEncrypted } from '../../../db/cipher';
import { createOwnerOnlyFile, restrictToOwner } from '../../../db/owner-only';
import { readKeyBeside, exportKeyBeside } from '../../backend/audit/key-store';
import type { AuditTrail } from '../../backend/audit/audit-trail';
import type { Clock } from '../../backend/clock';
import { DomainError } from '../../backend/domain-error';
import type { DatabaseStore } from '../../backend/store';
import { readSettings } from '../../../db/repositories/settings-repository';
import { backupName, deleteBackup, ensureFolder, listBackups, writeSidecar } from './backup-files';
import { backupsToKeep } from './rotation';
import { verifyDatabaseFile } from './verify-database';

const DAY_MS = 24 * 60 * 60 * 1000;
const ROTATING_REASONS = new Set(['daily', 'on-demand']);

export interface BackupServiceOptions {
  store: DatabaseStore;
  audit: AuditTrail;
  clock: Clock;
  migrationsFolder: string;
  /** The folder used when the settings name none: beside the database. */
  defaultFolder: string;
}

/**
 * Backups only through SQLite's online backup API; each is reopened and
 * verified before it counts, and a failed one is kept and reported.
 */
export class BackupService {
  constructor(private readonly options: BackupServiceOptions) {}

  folder(): string {
    return readSettings(this.options.store.db).backupFolder ?? this.options.defaultFolder;
  }

  /** Set when the start-up backup failed, so the Backups screen can say so until one succeeds. */
  startupProblem: string | null = null;

  overview(): BackupOverview {
    const backups = listBackups(this.folder());
    return {
      folder: this.folder(),
      backups,
      lastFailure: backups.find((b) => !b.verified) ?? null,
      startupProblem: this.startupProblem,
    };
  }

  /** Asynchronous for its callers (a handler's prepare step); the copy itself is one synchronous VACUUM INTO. */
  create(reason: string): Promise<BackupInfo> {
    return Promise.resolve().then(() => this.createNow(reason));
  }

  private createNow(reason: string): BackupInfo {
    const folder = this.folder();
    try {
      ensureFolder(folder);
    } catch (error) {
      throw new DomainError('RULE_VIOLATION', `The backup folder ${folder} cannot be used: ${describe(error)}`);
    }
    const at = this.options.clock.now();
    const name = backupName(folder, at, reason);
    const target = path.join(folder, name);
    let problem: string | null;
    try {
      // Encrypted with the database's own key, in rollback-journal mode: no -wal or -shm beside it.
      createOwnerOnlyFile(target);
      copyEncrypted(this.options.store.sqlite, target);
      problem = this.verify(target).problem;
    } catch (error) {
      problem = `The backup could not be written: ${describe(error)}`;
    }
    writeSidecar(folder, name, { createdAt: at.toISOString(), reason, verified: problem === null, problem });
    if (problem === null && reason === 'daily') this.startupProblem = null;
    if (problem !== null) {
      throw new DomainError('RULE_VIOLATION', `The backup failed its check and must not be relied on: ${problem}`);
    }
    // The key travels with the backups, so they can be restored (and verified) on another computer.
    exportKeyBeside(folder, this.options.audit.keys.loadKey());
    this.rotate(folder, name);
    const info = listBackups(folder).find((b) => b.name === name);
    if (!info) throw new Error('The backup vanished after it was written');
    return info;
  }

  /**
   * Takes in a copy made elsewhere (the pre-migration backup, made before the
   * backup folder setting could be read): moves it under the usual name,
   * verifies it and records the result like any other backup.
   */
  adopt(file: string, reason: string): BackupInfo {
    const folder = this.folder();
    ensureFolder(folder);
    const at = this.options.clock.now();
    const name = backupName(folder, at, reason);
    copyFileSync(file, path.join(folder, name));
    restrictToOwner(path.join(folder, name));
    rmSync(file, { force: true });
    const { problem } = this.verify(path.join(folder, name));
    writeSidecar(folder, name, { createdAt: at.toISOString(), reason, verified: problem === null, problem });
    if (problem !== null)
      this.startupProblem = `The backup taken before updating the database failed its check: ${problem}`;
    const info = listBackups(folder).find((b) => b.name === name);
    if (!info) throw new Error('The adopted backup vanished');
    return info;
  }

  /** At start-up: a backup when the newest verified one is more than a day old. */
  async createIfDue(): Promise<BackupInfo | null> {
    const newest = listBackups(this.folder()).find((b) => b.verified);
    const age = newest ? this.options.clock.now().getTime() - Date.parse(newest.createdAt) : Infinity;
    return age > DAY_MS ? this.create('daily') : null;
  }

  /**
   * Verify the chosen backup, back up the current database, swap the files
   * atomically and reopen. Returns the backup restored.
   */
  async restore(name: string): Promise<BackupInfo> {
    const folder = this.folder();
    const chosen = listBackups(folder).find((b) => b.name === name);
    if (!chosen) throw new DomainError('NOT_FOUND', 'That backup is no longer in the backup folder.');
    const source = path.join(folder, name);
    const key = this.keyThatVerifies(source, folder);

    const { store } = this.options;
    const file = store.file;
    const staging = `${file}.restoring`;
    copyFileSync(source, staging);
    restrictToOwner(staging);
    fsyncFile(staging);

    await this.create('before-restore');
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
    renameSync(staging, file);

    const reopened = await openDatabase({
      file,
      migrationsFolder: this.options.migrationsFolder,
      backupFolder: folder,
      now: this.options.clock.now(),
      key: this.options.audit.keys.loadDatabaseKey(),
    });
    store.replace(reopened);
    if (!key.equals(this.options.audit.keys.loadKey())) await this.options.audit.keys.replaceKey(key);
    const last = store.sqlite.prepare('SELECT seq, hmac FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
      { seq: number; hmac: string } | undefined;
    if (last) this.options.audit.keys.writeAnchor(last);
    return chosen;
  }

  /** Opens the copy with this installation's database key and checks it under `auditKey`. */
  private verify(file: string, auditKey = this.options.audit.keys.loadKey()) {
    return verifyDatabaseFile(file, auditKey, this.options.audit.keys.loadDatabaseKey());
  }

  /** The local key, or the one kept beside the backups (a backup from another computer). */
  private keyThatVerifies(file: string, folder: string): Buffer {
    const local = this.options.audit.keys.loadKey();
    const localCheck = this.verify(file, local);
    if (localCheck.ok) return local;
    const beside = readKeyBeside(folder);
    if (beside && !beside.equals(local) && this.verify(file, beside).ok) return beside;
    throw new DomainError(
      'RULE_VIOLATION',
      `This backup failed its check, so it has not been restored: ${localCheck.problem ?? 'unknown problem'}`,
    );
  }

  /** Only routine copies rotate; safety copies taken before a migration or a restore are kept. */
  private rotate(folder: string, justWritten: string): void {
    const verified = listBackups(folder).filter((b) => b.verified && ROTATING_REASONS.has(b.reason));
    const { daily, monthly } = readSettings(this.options.store.db).backupRotation;
    const keep = backupsToKeep(verified, daily, monthly);
    keep.add(justWritten);
    for (const backup of verified) if (!keep.has(backup.name)) deleteBackup(folder, backup.name);
  }
}

function fsyncFile(file: string): void {
  if (!existsSync(file) || statSync(file).size === 0) throw new Error(`${file} is empty`);
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
