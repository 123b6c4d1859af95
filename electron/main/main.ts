import path from 'node:path';
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { applicationMenuTemplate } from './app-menu';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { installGlobalGuards } from './guards';
import { dialogFileSaver } from './dialog-saver';
import { bindIpcTransport } from './ipc-transport';
import { startLocalBackend, type LocalBackend } from './local-backend';
import { ownDataFolder } from '../../db/owner-only';
import { SeatMode } from '../seat/seat-mode';
import { SEAT_CONFIG_FILE } from '../seat/seat-config';
import { createSecureWindow } from './secure-window';

/** Electron entry: lifecycle only. Everything else lives in the backend, or on the service for a seat. */
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  let local: LocalBackend | null = null;
  let seatMode: SeatMode | null = null;
  let seatsTold = false;

  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.on('window-all-closed', () => app.quit());

  // A desktop host tells its seats it is closing before it stops, so their windows warn their users.
  app.on('before-quit', (event) => {
    const sharing = local?.sharing;
    if (seatsTold || !sharing?.status().sharing) return;
    event.preventDefault();
    seatsTold = true;
    void sharing.stop().finally(() => app.quit());
  });

  app.on('will-quit', () => {
    seatMode?.close();
    local?.backend.close();
    local = null;
  });

  void app.whenReady().then(async () => {
    const appRoot = app.getAppPath();
    const dataFolder = app.getPath('userData');
    try {
      installGlobalGuards();
      ownDataFolder(dataFolder);
      // The first run's choice decides whether this computer opens its own database or forwards to a service.
      seatMode = await SeatMode.open({
        configFile: path.join(dataFolder, SEAT_CONFIG_FILE),
        startLocal: async () => (local ??= await startLocalBackend(appRoot, dataFolder)).backend,
        saver: dialogFileSaver,
      });
      serveRenderer(path.join(appRoot, 'dist', 'renderer'));
      bindIpcTransport(seatMode, () => BrowserWindow.getAllWindows());
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
