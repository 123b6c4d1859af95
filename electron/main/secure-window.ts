import path from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_START_URL, secureWindowOptions } from './security-policy';

/** The one way the app makes a window. */
export function createSecureWindow(appRoot: string): BrowserWindow {
  const window = new BrowserWindow(secureWindowOptions(path.join(appRoot, 'dist', 'electron', 'preload.cjs')));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
  return window;
}
