import path from 'node:path';
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { startBackend, type Backend } from '../compose';
import { clockFromEnvironment, systemClock } from '../backend/clock';
import { randomIds } from '../backend/ids';
import { applicationMenuTemplate } from './app-menu';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { installGlobalGuards } from './guards';
import { dialogFileSaver } from './dialog-saver';
import { bindIpcTransport } from './ipc-transport';
import { assertKeysOutsideData, moveKeysOutOf } from '../backend/audit/key-store';
import { createKeyStore } from './safe-storage-keys';
import { ownDataFolder } from '../../db/owner-only';
import { createSecureWindow } from './secure-window';

/** Electron entry: lifecycle only. Everything else lives in the backend. */
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  let backend: Backend | null = null;

  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.on('window-all-closed', () => {
    backend?.close();
    backend = null;
    app.quit();
  });

  void app.whenReady().then(async () => {
    const appRoot = app.getAppPath();
    const dataFolder = app.getPath('userData');
    try {
      installGlobalGuards();
      ownDataFolder(dataFolder);
      // The wrapped keys and the anchor live beside the data folder, not in it: a copy of the data folder cannot be re-sealed.
      // Beside this profile's data folder (`<appData>/<name> keys` normally), so each profile has its own anchor.
      const keysFolder = `${dataFolder} keys`;
      assertKeysOutsideData(keysFolder, dataFolder);
      moveKeysOutOf(path.join(dataFolder, 'keys'), keysFolder);
      // Migrations (with a backup first) finish before any window opens.
      backend = await startBackend({
        file: path.join(dataFolder, 'panel.sqlite'),
        migrationsFolder: path.join(appRoot, 'db', 'migrations'),
        backupFolder: path.join(dataFolder, 'backups'),
        // A fixed date (PANEL_FIXED_TODAY) is for tests of unpackaged builds only, never for real use.
        clock: app.isPackaged ? systemClock : clockFromEnvironment(process.env),
        ids: randomIds,
        identity: { productName: app.getName(), version: app.getVersion(), transport: 'ipc' },
        keys: await createKeyStore(keysFolder),
        saver: dialogFileSaver,
        autoBackup: true,
      });
      if (backend.startupBackupProblem) {
        dialog.showErrorBox('The start-up backup failed', backend.startupBackupProblem);
      }
      serveRenderer(path.join(appRoot, 'dist', 'renderer'));
      bindIpcTransport(backend, () => BrowserWindow.getAllWindows());
      // Only an unpackaged build is a developer's: DevTools and reload exist there alone.
      const developing = !app.isPackaged;
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(applicationMenuTemplate({ developing, platform: process.platform })),
      );
      createSecureWindow(appRoot, developing);
    } catch (error) {
      dialog.showErrorBox('Fostering Panel could not start', error instanceof Error ? error.message : String(error));
      app.quit();
    }
  });
}
