import { copyFileSync, existsSync, openSync, fsyncSync, closeSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BackupInfo, BackupOverview } from '../../../shared/schemas/backups';
import { openDatabase } from '../../../db/migrate';
import { copyEncrypted } from '../../../db/cipher';
import { createOwnerOnlyFile, restrictToOwner } from '../../../db/owner-only';
import type { AuditTrail } from '../../backend/audit/audit-trail';
import type { Clock } from '../../backend/clock';
import { DomainError } from '../../backend/domain-error';
import type { DatabaseStore } from '../../backend/store';
import { readSettings } from '../../../db/repositories/settings-repository';
import {
  backupName,
  deleteBackup,
  ensureFolder,
  listBackups,
  readSidecar,
  writeSidecar,
  type Sidecar,
} from './backup-files';
import { BackupManifest, fileSha256, manifestProblem, signManifest } from './backup-manifest';
import { backupsToKeep } from './rotation';
import { verifyDatabaseFile, type DatabaseCheck } from './verify-database';
import { errorText as describe } from '../../../db/durable-files';

const DAY_MS = 24 * 60 * 60 * 1000;
const ROTATING_REASONS = new Set(['daily', 'on-demand']);

export interface BackupServiceOptions {
  store: DatabaseStore;
  audit: AuditTrail;
  clock: Clock;
  migrationsFolder: string;
  /** The folder used when the settings name none: beside the database. */
  defaultFolder: string;
  /** Recorded in each backup's manifest. */
  appVersion: string;
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
    let sidecar: Sidecar;
    try {
      // Encrypted with the database's own key, in rollback-journal mode: no -wal or -shm beside it.
      createOwnerOnlyFile(target);
      copyEncrypted(this.options.store.sqlite, target);
      // The manifest hashes the encrypted file just written, the bytes a restore will read.
      sidecar = this.checkAndSign(folder, name, at, reason);
    } catch (error) {
      const problem = `The backup could not be written: ${describe(error)}`;
      sidecar = { createdAt: at.toISOString(), reason, verified: false, problem };
      writeSidecar(folder, name, sidecar);
    }
    const { problem } = sidecar;
    if (problem === null && reason === 'daily') this.startupProblem = null;
    if (problem !== null) {
      throw new DomainError('RULE_VIOLATION', `The backup failed its check and must not be relied on: ${problem}`);
    }
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
    // Made by VACUUM INTO (db/backup.ts): already encrypted and standalone, so it is checked and signed as it is.
    const { problem } = this.checkAndSign(folder, name, at, reason);
    if (problem !== null)
      this.startupProblem = `The backup taken before updating the database failed its check: ${problem}`;
    const info = listBackups(folder).find((b) => b.name === name);
    if (!info) throw new Error('The adopted backup vanished');
    return info;
  }

  /**
   * A backup made before encryption (so before signed manifests), just
   * encrypted in place at the administrator's request: checked like any
   * backup (the audit chain under this installation's key, every record
   * against its seal) and, only if it verifies, given a manifest of its
   * encrypted bytes signed with the key. One that fails stays unsigned, so a
   * restore refuses it.
   */
  checkAndSignEncrypted(name: string, modifiedAt: Date): Sidecar {
    const folder = this.folder();
    const earlier = readSidecar(folder, name);
    const recorded = earlier ? Date.parse(earlier.createdAt) : NaN;
    const at = Number.isNaN(recorded) ? modifiedAt : new Date(recorded);
    const reason = earlier?.reason ?? /-([a-z][a-z-]*)\.sqlite$/.exec(name)?.[1] ?? 'unknown';
    return this.checkAndSign(folder, name, at, reason);
  }

  /** At start-up: a backup when the newest verified one is more than a day old. */
  async createIfDue(): Promise<BackupInfo | null> {
    const newest = listBackups(this.folder()).find((b) => b.verified);
    const age = newest ? this.options.clock.now().getTime() - Date.parse(newest.createdAt) : Infinity;
    return age > DAY_MS ? this.create('daily') : null;
  }

  /**
   * Check the chosen backup against its signed manifest and verify it, back
   * up the current database, swap the files atomically and reopen. Anything
   * wrong with the backup refuses the restore before the live file is touched.
   */
  async restore(name: string): Promise<BackupInfo> {
    const folder = this.folder();
    const chosen = listBackups(folder).find((b) => b.name === name);
    if (!chosen) throw new DomainError('NOT_FOUND', 'That backup is no longer in the backup folder.');
    const { store, audit, clock } = this.options;
    const file = store.file;
    const staging = `${file}.restoring`;
    // Checked as the copy about to be swapped in, so the file cannot change between the check and the swap.
    copyFileSync(path.join(folder, name), staging);
    try {
      restrictToOwner(staging);
      fsyncFile(staging);
      this.checkBeforeRestore(folder, name, staging);
    } catch (error) {
      rmSync(staging, { force: true });
      throw error;
    }

    await this.create('before-restore');
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    store.close();
    for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
    renameSync(staging, file);

    const reopened = await openDatabase({
      file,
      migrationsFolder: this.options.migrationsFolder,
      backupFolder: folder,
      now: clock.now(),
      key: audit.keys.loadDatabaseKey(),
    });
    store.replace(reopened);
    audit.sealMigration(store.sqlite, reopened.migrationSeals, clock.now(), 'restored backup brought up to date');
    // The administrator chose this backup: its newest row is now the end of the trail (the restore's own row follows).
    const last = store.sqlite.prepare('SELECT seq, hmac FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
      { seq: number; hmac: string } | undefined;
    if (last) audit.committed(last);
    return chosen;
  }

  /** Throws, saying which, unless the manifest is signed under this service's key, matches the bytes, and the copy verifies. */
  private checkBeforeRestore(folder: string, name: string, staging: string): void {
    const key = this.options.audit.keys.loadKey();
    const sidecar = readSidecar(folder, name);
    const refuse = (problem: string) =>
      new DomainError(
        'RULE_VIOLATION',
        `This backup has not been restored: ${problem} The database in use has not been changed.`,
      );
    if (sidecar && !sidecar.verified) {
      throw refuse(`It failed its check when it was made${sidecar.problem ? `: ${sidecar.problem}` : '.'}`);
    }
    const problem = manifestProblem(key, name, staging, sidecar);
    if (problem !== null) throw refuse(problem);
    const manifest = BackupManifest.parse(sidecar?.manifest);
    const check = verifyDatabaseFile(
      staging,
      key,
      this.options.audit.keys.loadDatabaseKey(),
      manifest.lastAuditSeq === null || manifest.lastAuditHmac === null
        ? { kind: 'none' }
        : { kind: 'present', anchor: { seq: manifest.lastAuditSeq, hmac: manifest.lastAuditHmac } },
    );
    if (!check.ok) throw refuse(`It failed its check: ${check.problem ?? 'unknown problem'}`);
  }

  /** Verifies a backup just written and records the result; a verified one gets a manifest signed with the key. */
  private checkAndSign(folder: string, name: string, at: Date, reason: string): Sidecar {
    const file = path.join(folder, name);
    const key = this.options.audit.keys.loadKey();
    const sha256 = fileSha256(file);
    const check: DatabaseCheck = verifyDatabaseFile(file, key, this.options.audit.keys.loadDatabaseKey());
    const sidecar: Sidecar = { createdAt: at.toISOString(), reason, verified: check.ok, problem: check.problem };
    if (check.ok) {
      const manifest: BackupManifest = {
        format: 1,
        fileName: name,
        sizeBytes: statSync(file).size,
        sha256,
        createdAt: at.toISOString(),
        reason,
        appVersion: this.options.appVersion,
        schemaVersion: check.schemaVersion,
        lastAuditSeq: check.lastAudit?.seq ?? null,
        lastAuditHmac: check.lastAudit?.hmac ?? null,
      };
      Object.assign(sidecar, { manifest, mac: signManifest(key, manifest) });
    }
    writeSidecar(folder, name, sidecar);
    return sidecar;
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
