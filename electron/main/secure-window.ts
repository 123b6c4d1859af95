import path from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_START_URL, secureWindowOptions } from './security-policy';

/** The one way the app makes a window; DevTools only while developing (an unpackaged build). */
export function createSecureWindow(appRoot: string, developing: boolean): BrowserWindow {
  const window = new BrowserWindow(
    secureWindowOptions(path.join(appRoot, 'dist', 'electron', 'preload.cjs'), developing),
  );
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
  return window;
}
