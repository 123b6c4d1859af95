import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/backend/csp';
import { allowPermission, isAllowedExternalUrl, secureWebPreferences } from '../../electron/main/security-policy';

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
    });
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

describe('Electron guards (source)', () => {
  const guards = textOf('electron/main/guards.ts');
  const preventsDefault = (event: string) =>
    new RegExp(
      `\\.on\\(\\s*['"]${event}['"]\\s*,\\s*\\(?\\s*(\\w+)[^)]*\\)?\\s*=>\\s*\\{?\\s*\\1\\.preventDefault\\(\\)`,
    );

  it('stops navigation and webviews in every web contents', () => {
    expect(guards).toMatch(/app\.on\(\s*['"]web-contents-created['"]/);
    expect(guards).toMatch(preventsDefault('will-navigate'));
    expect(guards).toMatch(preventsDefault('will-attach-webview'));
  });

  it('denies every new window', () => {
    expect(guards).toMatch(/setWindowOpenHandler\([\s\S]*?return\s*\{\s*action:\s*['"]deny['"]\s*\}/);
    expect(guards).not.toMatch(/action:\s*['"]allow['"]/);
  });

  it('answers permission requests and checks through allowPermission', () => {
    expect(guards).toMatch(/setPermissionRequestHandler\([\s\S]*?allowPermission\(/);
    expect(guards).toMatch(/setPermissionCheckHandler\([\s\S]*?allowPermission\(/);
  });

  it('makes windows only through secure-window, with secureWebPreferences', () => {
    expect(textOf('electron/main/secure-window.ts')).toMatch(/webPreferences:\s*secureWebPreferences\(/);
    const windowMakers = sourceFiles('electron').filter((file) => /new\s+BrowserWindow\s*\(/.test(textOf(file)));
    expect(windowMakers).toEqual(['electron/main/secure-window.ts']);
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
});

describe('IPC surface', () => {
  it('has exactly one ipcMain.handle, in the IPC transport', () => {
    const handlers = sourceFiles('electron', 'renderer', 'shared', 'db').filter((file) =>
      textOf(file).includes('ipcMain.handle('),
    );
    expect(handlers).toEqual(['electron/main/ipc-transport.ts']);
  });
});
