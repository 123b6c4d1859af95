import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/backend/csp';
import {
  allowPermission,
  APP_START_URL,
  isAllowedExternalUrl,
  secureWebPreferences,
  secureWindowOptions,
} from '../../electron/main/security-policy';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const textOf = (relative: string) => readFileSync(path.join(ROOT, relative), 'utf8');

/** Every source file under the given top-level folders, as repo-relative POSIX paths. */
function sourceFiles(...folders: string[]): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(ROOT, relative), { withFileTypes: true })) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist') walk(child);
      } else if (/\.(?:[cm]?[jt]s|tsx)$/.test(entry.name)) {
        found.push(child);
      }
    }
  };
  for (const folder of folders) walk(folder);
  return found;
}

describe('secureWebPreferences', () => {
  const preferences = secureWebPreferences('/app/dist/electron/preload.cjs');

  it('isolates and sandboxes the renderer with no Node', () => {
    expect(preferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
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
    });
  });

  it('keeps the default session, where the permission guards are installed', () => {
    expect(Object.keys(preferences)).not.toContain('partition');
    expect(Object.keys(preferences)).not.toContain('session');
  });
});

describe('secureWindowOptions', () => {
  it('gives the window exactly the secure preferences, hidden until ready', () => {
    const options = secureWindowOptions('/app/dist/electron/preload.cjs');
    expect(options.webPreferences).toStrictEqual(secureWebPreferences('/app/dist/electron/preload.cjs'));
    expect(options.show).toBe(false);
  });

  it('starts the window on the app:// page', () => {
    expect(APP_START_URL).toBe('app://panel/index.html');
  });
});

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://www.gov.uk/government/publications/fostering-services-national-minimum-standards',
    'HTTPS://example.org',
  ])('lets %s open in the browser', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'http://www.gov.uk/',
    'file:///etc/passwd',
    'file://C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'app://panel/index.html',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:secret@example.org/',
    'https://user@example.org/',
    '//example.org/',
    '/members',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('allowPermission', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    'refuses %s',
    (permission) => {
      expect(allowPermission(permission)).toBe(false);
    },
  );
});

describe('Electron wiring (source)', () => {
  const guards = textOf('electron/main/guards.ts');
  const main = textOf('electron/main/main.ts');
  const position = (text: string, call: string) => {
    const at = text.indexOf(call);
    expect(at, call).toBeGreaterThanOrEqual(0);
    return at;
  };

  it('guards every web contents, and answers permission requests and checks in the default session', () => {
    expect(guards).toMatch(/app\.on\(\s*['"]web-contents-created['"][\s\S]*?guardWebContents\(\s*contents\s*,/);
    expect(guards).toMatch(/defaultSession\.setPermissionRequestHandler\(\s*answerPermissionRequest\s*\)/);
    expect(guards).toMatch(/defaultSession\.setPermissionCheckHandler\(\s*answerPermissionCheck\s*\)/);
  });

  it('installs the guards and the app:// handler before the window opens, the scheme before ready', () => {
    expect(position(main, 'registerAppScheme()')).toBeLessThan(position(main, 'app.whenReady()'));
    expect(position(main, 'installGlobalGuards()')).toBeLessThan(position(main, 'createSecureWindow('));
    expect(position(main, 'serveRenderer(')).toBeLessThan(position(main, 'createSecureWindow('));
  });

  it('makes windows only through secure-window, with secureWindowOptions, loading only the app:// page', () => {
    const secureWindow = textOf('electron/main/secure-window.ts');
    expect(secureWindow).toMatch(/new BrowserWindow\(\s*secureWindowOptions\(/);
    expect(secureWindow).toMatch(/loadURL\(\s*APP_START_URL\s*\)/);
    const windowMakers = sourceFiles('electron').filter((file) => /new\s+BrowserWindow\s*\(/.test(textOf(file)));
    expect(windowMakers).toEqual(['electron/main/secure-window.ts']);
    const loaders = sourceFiles('electron').filter((file) => /\.(?:loadURL|loadFile)\s*\(/.test(textOf(file)));
    expect(loaders).toEqual(['electron/main/secure-window.ts']);
  });

  it('has one external opener, in the guards, behind the https check', () => {
    const openers = sourceFiles('electron', 'renderer', 'shared', 'db').flatMap((file) =>
      [...textOf(file).matchAll(/\bopenExternal\b/g)].map(() => file),
    );
    expect(openers).toEqual(['electron/main/guards.ts']);
    expect(guards).toMatch(/safeExternalOpener\(\s*\(url\)\s*=>\s*shell\.openExternal\(url\)\s*\)/);
  });

  it('has no webview anywhere and never turns the webview tag on', () => {
    const renderer = [...sourceFiles('renderer'), 'renderer/index.html'];
    expect(renderer.filter((file) => /<webview\b/i.test(textOf(file)))).toEqual([]);
    expect(sourceFiles('electron').filter((file) => /webviewTag\s*:\s*true/.test(textOf(file)))).toEqual([]);
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...sources]): [string, string[]] => [name, sources]),
  );

  it("allows nothing by default and only the app's own scripts", () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toContain("'self'");
  });

  it('never allows inline script or eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
  });

  it('allows no other origin, no plugins, no framing and no form posts', () => {
    const sources = [...directives.values()].flat();
    expect(sources.filter((source) => !["'self'", "'none'", 'data:'].includes(source))).toEqual([]);
    for (const directive of ['object-src', 'frame-ancestors', 'base-uri', 'form-action']) {
      expect(directives.get(directive), directive).toEqual(["'none'"]);
    }
    expect([...directives].filter(([, list]) => list.includes('data:')).map(([name]) => name)).toEqual(['img-src']);
  });
});

describe('IPC surface', () => {
  it('has exactly one ipcMain.handle, in the IPC transport', () => {
    const handlers = sourceFiles('electron', 'renderer', 'shared', 'db').filter((file) =>
      textOf(file).includes('ipcMain.handle('),
    );
    expect(handlers).toEqual(['electron/main/ipc-transport.ts']);
  });
});
