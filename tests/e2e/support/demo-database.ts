import path from 'node:path';
import { FileKeyStore } from '../../../electron/backend/audit/key-store';
import { steppingClock } from '../../../electron/backend/clock';
import { folderFileSaver } from '../../../electron/backend/file-saver';
import { randomIds } from '../../../electron/backend/ids';
import { startBackend } from '../../../electron/compose';
import { generateServiceHistory, historyStart } from '../../../electron/demo/service-history';
import { MIGRATIONS_FOLDER } from '../../factories/backend';
import { E2E_TODAY, serverKeysFolder } from './panel-server';
import type { PreparedDatabase } from './prepared-database';
import { setRecoveryBeside } from './recovery';

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../../electron/demo/generate-demo';

/**
 * The demo's own database, as `npm run demo` writes it: a year of panel business ending on the e2e day, with
 * its keys where the test's server looks for them and recovery set, so the demo's administrator signs straight in.
 */
export function demoDatabase(): PreparedDatabase {
  return {
    async write(dbFile) {
      const folder = path.dirname(dbFile);
      const clock = steppingClock(historyStart({ years: 1, today: E2E_TODAY }));
      const backend = await startBackend({
        file: dbFile,
        migrationsFolder: MIGRATIONS_FOLDER,
        backupFolder: path.join(folder, 'backups'),
        keys: new FileKeyStore(serverKeysFolder(dbFile)),
        saver: folderFileSaver(path.join(folder, 'exports')),
        clock,
        ids: randomIds,
        identity: { productName: 'Fostering Panel', version: 'demo', transport: 'loopback' },
      });
      try {
        await generateServiceHistory(backend.router, clock, { years: 1, seed: 2019, today: E2E_TODAY });
      } finally {
        backend.close();
      }
      await setRecoveryBeside(dbFile);
    },
  };
}
