import path from 'node:path';
import { BrowserWindow } from 'electron';
import { secureWebPreferences } from './security-policy';

/** The one way the app makes a window. */
export function createSecureWindow(appRoot: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'Fostering Panel',
    webPreferences: secureWebPreferences(path.join(appRoot, 'dist', 'electron', 'preload.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL('app://panel/index.html');
  return window;
}
