import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate, type MenuEntry } from '../../electron/main/app-menu';
import { secureWebPreferences, secureWindowOptions } from '../../electron/main/security-policy';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PRELOAD = '/app/dist/electron/preload.cjs';

/** Every role and label anywhere in the menu, submenus included. */
function everything(menu: MenuEntry[]): string[] {
  return menu.flatMap((entry) => [
    ...(entry.role ? [entry.role] : []),
    ...(entry.label ? [entry.label] : []),
    ...everything(entry.submenu ?? []),
  ]);
}

const DEVELOPER_ONLY = ['toggleDevTools', 'reload', 'forceReload', 'View', 'Develop'];

describe('DevTools in the packaged app', () => {
  it('are off unless developing', () => {
    expect(secureWebPreferences(PRELOAD).devTools).toBe(false);
    expect(secureWindowOptions(PRELOAD).webPreferences.devTools).toBe(false);
    expect(secureWindowOptions(PRELOAD, false).webPreferences.devTools).toBe(false);
    expect(secureWindowOptions(PRELOAD, true).webPreferences.devTools).toBe(true);
  });
});

describe('the application menu', () => {
  it.each(['win32', 'linux', 'darwin'] as const)('is minimal in a packaged build on %s', (platform) => {
    const items = everything(applicationMenuTemplate({ developing: false, platform }));
    for (const item of DEVELOPER_ONLY) expect(items).not.toContain(item);
    expect(items).toEqual(expect.arrayContaining(['copy', 'paste', 'selectAll', 'minimize']));
    expect(items.some((item) => item === 'quit' || item === 'close')).toBe(true);
  });

  it('offers reload and DevTools while developing', () => {
    const items = everything(applicationMenuTemplate({ developing: true, platform: 'linux' }));
    expect(items).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('replaces Electron’s default menu before the window opens, developing only when unpackaged (source)', () => {
    const main = readFileSync(path.join(ROOT, 'electron/main/main.ts'), 'utf8');
    const secureWindow = readFileSync(path.join(ROOT, 'electron/main/secure-window.ts'), 'utf8');
    expect(main).toMatch(/const developing = !app\.isPackaged;/);
    expect(main).toMatch(
      /Menu\.setApplicationMenu\(\s*Menu\.buildFromTemplate\(\s*applicationMenuTemplate\(\{\s*developing,/,
    );
    expect(main.indexOf('Menu.setApplicationMenu(')).toBeLessThan(main.indexOf('createSecureWindow('));
    expect(main).toMatch(/createSecureWindow\(appRoot, developing\)/);
    expect(secureWindow).toMatch(/secureWindowOptions\([^;]*, developing\)/);
  });
});
