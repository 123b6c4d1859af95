/**
 * The application menu, kept free of any `electron` import so a plain Node
 * test can read it. Electron's default menu has View → Reload and Toggle
 * Developer Tools; a packaged build gets only what a user needs: quitting,
 * the clipboard and the window. Reload and DevTools appear only while developing.
 */
export type MenuRole =
  | 'about'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'minimize'
  | 'zoom'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools';

export interface MenuEntry {
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  submenu?: MenuEntry[];
}

export interface MenuOptions {
  /** True only for an unpackaged build (`!app.isPackaged`). */
  developing: boolean;
  platform: NodeJS.Platform;
}

export function applicationMenuTemplate({ developing, platform }: MenuOptions): MenuEntry[] {
  const mac = platform === 'darwin';
  const separator: MenuEntry = { type: 'separator' };
  const menu: MenuEntry[] = [];
  if (mac) {
    menu.push({
      label: 'Fostering Panel',
      submenu: [
        { role: 'about' },
        separator,
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        separator,
        { role: 'quit' },
      ],
    });
  }
  menu.push({ label: 'File', submenu: [mac ? { role: 'close' } : { role: 'quit' }] });
  menu.push({
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  });
  menu.push({
    label: 'Window',
    submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }] : [{ role: 'minimize' }, { role: 'close' }],
  });
  if (developing) {
    menu.push({ label: 'Develop', submenu: [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }] });
  }
  return menu;
}
