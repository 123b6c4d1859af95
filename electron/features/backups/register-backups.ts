import type { AuditTrail } from '../../backend/audit/audit-trail';
import { DomainError } from '../../backend/domain-error';
import type { FileSaver } from '../../backend/file-saver';
import type { Router } from '../../backend/router';
import type { SessionManager } from '../../backend/session';
import type { DatabaseStore } from '../../backend/store';
import type { BackupService } from './backup-service';
import { exportEncryptedDatabase, exportFileName } from './database-export';
import { deletePlainBackup, encryptPlainBackup, listPlainBackups } from './plain-backups';
import { newRecoveryKey, recoveryStatus, wrapForPrintedKey, wrapForRecovery, writeRecovery } from './recovery';

export function registerBackups(
  router: Router,
  deps: { service: BackupService; store: DatabaseStore; audit: AuditTrail; saver: FileSaver; sessions: SessionManager },
): void {
  const { service } = deps;
  router.handle('backups:list', () => service.overview());

  router.handle('backups:create', {
    prepare: () => service.create('on-demand'),
    commit: (ctx, _input, backup) => {
      ctx.audit.entityId = backup.name;
      ctx.audit.changes = { backup: [null, backup.name] };
      return backup;
    },
  });

  router.handle('backups:restore', {
    prepare: (_ctx, input) => service.restore(input.name),
    commit: (ctx, input, restored) => {
      // This row is the first thing written to the restored database.
      ctx.audit.entityId = input.name;
      ctx.audit.changes = { restoredFrom: [null, restored.name], backupMadeAt: [null, restored.createdAt] };
      deps.sessions.endAll();
      return restored;
    },
  });

  router.handle('backups:recovery', () => recoveryStatus(deps.store.file));

  router.handle('backups:setRecovery', {
    // scrypt runs before the transaction; the passphrase itself is never stored or audited.
    prepare: (ctx, input) => wrapForRecovery(deps.audit.keys.loadDatabaseKey(), input.passphrase, ctx.clock.now()),
    commit: (ctx, _input, wrapped) => {
      const status = writeRecovery(deps.store.file, wrapped);
      ctx.audit.changes = { recoveryFile: [null, status.file], recoveryBy: [null, 'passphrase'] };
      return status;
    },
  });

  router.handle('backups:newRecoveryKey', () => newRecoveryKey());

  router.handle('backups:setRecoveryKey', {
    // The key itself is never stored or audited: only the file that it wraps the database key in.
    prepare: (ctx, input) => wrapForPrintedKey(deps.audit.keys.loadDatabaseKey(), input.recoveryKey, ctx.clock.now()),
    commit: (ctx, _input, wrapped) => {
      const status = writeRecovery(deps.store.file, wrapped);
      ctx.audit.changes = { recoveryFile: [null, status.file], recoveryBy: [null, 'printed key'] };
      return status;
    },
  });

  router.handle('backups:plainList', () => listPlainBackups(service.folder()));

  router.handle('backups:encryptPlain', (ctx, input) => {
    const modifiedAt = encryptPlainBackup(service.folder(), input.name, deps.audit.keys.loadDatabaseKey());
    // Made before manifests were signed: checked now like any backup, and signed only if it verifies.
    const { verified } = service.checkAndSignEncrypted(input.name, modifiedAt);
    ctx.audit.entityId = input.name;
    ctx.audit.changes = { encrypted: [false, true], signed: [false, verified] };
    return input;
  });

  router.handle('backups:deletePlain', (ctx, input) => {
    deletePlainBackup(service.folder(), input.name);
    ctx.audit.entityId = input.name;
    ctx.audit.changes = { deleted: [input.name, null] };
    return input;
  });

  router.handle('backups:exportDatabase', {
    prepare: async (ctx, input) => {
      const at = ctx.clock.now();
      const keys = { audit: deps.audit.keys.loadKey(), database: deps.audit.keys.loadDatabaseKey() };
      const bytes = exportEncryptedDatabase(deps.store, keys, input.passphrase, at);
      const saved = await deps.saver.save(exportFileName(at), bytes);
      if (saved === null) throw new DomainError('RULE_VIOLATION', 'The export was cancelled. Nothing was saved.');
      // The size of what was made: in browser mode it is a download, not a file on this computer.
      return { path: saved, sizeBytes: bytes.length };
    },
    commit: (ctx, _input, saved) => {
      // The passphrase is never recorded; only where the encrypted file went.
      ctx.audit.changes = { exportedTo: [null, saved.path], encrypted: [null, true] };
      return saved;
    },
  });
}
