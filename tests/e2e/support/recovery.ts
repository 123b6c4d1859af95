import { readFileSync } from 'node:fs';
import path from 'node:path';
import { recoveryFileBeside, wrapDatabaseKey, writeRecoveryFile } from '../../../electron/backend/audit/recovery-key';
import { serverKeysFolder } from './panel-server';

/** The passphrase every signed-in test's installation was given at first run. */
export const RECOVERY_PASSPHRASE = 'e2e-recovery-passphrase';

/**
 * Sets recovery as the administrator's first-run step would, so tests about
 * anything else open the app straight away: a real recovery file wrapping the
 * server's database key, at a low scrypt cost to spare the shared machine
 * (recovery-setup.spec.ts goes through the step itself at the real cost).
 */
export async function setRecoveryBeside(dbFile: string): Promise<void> {
  const key = Buffer.from(readFileSync(path.join(serverKeysFolder(dbFile), 'database.key'), 'utf8').trim(), 'hex');
  const content = await wrapDatabaseKey(key, RECOVERY_PASSPHRASE, new Date(), 'passphrase', { N: 2 ** 10, r: 8, p: 1 });
  writeRecoveryFile(recoveryFileBeside(dbFile), content);
}
