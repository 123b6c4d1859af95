/**
 * The Electron security settings, kept free of any `electron` import so a
 * plain Node test can read them and fail if one regresses. DevTools exist only
 * while developing (`developing` is `!app.isPackaged`): in a packaged build no
 * shortcut or menu can open them on the records.
 */
export function secureWebPreferences(preloadPath: string, developing = false) {
  return {
    preload: preloadPath,
    devTools: developing,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  } as const;
}

/** The one page a window ever loads: the built renderer, from the app:// protocol. */
export const APP_START_URL = 'app://panel/index.html';

/** Everything the one window factory passes to `new BrowserWindow`. */
export function secureWindowOptions(preloadPath: string, developing = false) {
  return {
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'Fostering Panel',
    webPreferences: secureWebPreferences(preloadPath, developing),
  } as const;
}

/** The only links that may leave the app: https, opened in the user's browser. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** Permission requests (camera, notifications, geolocation…): the app needs none. */
export function allowPermission(_permission: string): boolean {
  return false;
}
