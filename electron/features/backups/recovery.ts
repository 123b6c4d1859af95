import { randomBytes } from 'node:crypto';
import { RECOVERY_KEY_BYTES, recoveryKeyFromBytes } from '../../../shared/domain/auth/recovery-key';
import type { RecoveryStatus } from '../../../shared/schemas/backups';
import {
  readRecoveryFile,
  recoveryFileBeside,
  recoverySecret,
  type RecoveryFileContent,
  wrapDatabaseKey,
  writeRecoveryFile,
} from '../../backend/audit/recovery-key';

/**
 * Whether the administrator has set the recovery passphrase or printed key that wraps this database's key.
 * A damaged file recovers nothing, so it counts as not set: the administrator is asked to set it again.
 */
export function recoveryStatus(databaseFile: string): RecoveryStatus {
  const file = recoveryFileBeside(databaseFile);
  let content: RecoveryFileContent | null;
  try {
    content = readRecoveryFile(file);
  } catch {
    content = null;
  }
  return { set: content !== null, kind: content?.secret ?? null, setAt: content?.setAt ?? null, file };
}

export function wrapForRecovery(key: Buffer, passphrase: string, at: Date): Promise<RecoveryFileContent> {
  return wrapDatabaseKey(key, passphrase, at);
}

/** A printed key is wrapped under its printed form, however it was typed. */
export function wrapForPrintedKey(key: Buffer, typed: string, at: Date): Promise<RecoveryFileContent> {
  return wrapDatabaseKey(key, recoverySecret({ secret: 'printed-key' }, typed), at, 'printed-key');
}

/** A new printed key, from the operating system's random source; kept nowhere until it is sent back. */
export function newRecoveryKey(): { key: string } {
  return { key: recoveryKeyFromBytes(randomBytes(RECOVERY_KEY_BYTES)) };
}

/** Replaces any earlier recovery file: only the newest passphrase or key opens it. */
export function writeRecovery(databaseFile: string, content: RecoveryFileContent): RecoveryStatus {
  writeRecoveryFile(recoveryFileBeside(databaseFile), content);
  return recoveryStatus(databaseFile);
}
