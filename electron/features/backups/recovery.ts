import type { RecoveryStatus } from '../../../shared/schemas/backups';
import {
  readRecoveryFile,
  recoveryFileBeside,
  type RecoveryFileContent,
  wrapDatabaseKey,
  writeRecoveryFile,
} from '../../backend/audit/recovery-key';

/** Whether the administrator has set the recovery passphrase that wraps this database's key. */
export function recoveryStatus(databaseFile: string): RecoveryStatus {
  const file = recoveryFileBeside(databaseFile);
  const content = readRecoveryFile(file);
  return { set: content !== null, setAt: content?.setAt ?? null, file };
}

export function wrapForRecovery(key: Buffer, passphrase: string, at: Date): Promise<RecoveryFileContent> {
  return wrapDatabaseKey(key, passphrase, at);
}

/** Replaces any earlier recovery file: only the newest passphrase opens it. */
export function writeRecovery(databaseFile: string, content: RecoveryFileContent): RecoveryStatus {
  writeRecoveryFile(recoveryFileBeside(databaseFile), content);
  return recoveryStatus(databaseFile);
}
