import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The same fixed date as the browser end-to-end tests. */
const ELECTRON_TODAY = '2026-11-23';

type ElectronBinary = { found: true; path: string } | { found: false; reason: string };

/**
 * Mirrors how node_modules/electron/index.js finds the binary, without its
 * fallback of downloading one (which would hang or fail on an offline machine).
 */
function findElectronBinary(): ElectronBinary {
  const packageDir = path.join(REPO_ROOT, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return {
      found: false,
      reason: 'node_modules/electron/path.txt is missing (electron was installed with --ignore-scripts)',
    };
  }
  const relative = readFileSync(pathFile, 'utf8').trim();
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? path.join(override, relative || 'electron') : path.join(packageDir, 'dist', relative);
  if (!existsSync(binary)) return { found: false, reason: `${binary} does not exist` };
  return { found: true, path: binary };
}

/** The environment for the app, minus anything that would make Electron behave as plain Node. */
function appEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && name !== 'ELECTRON_RUN_AS_NODE') env[name] = value;
  }
  return { ...env, PANEL_FIXED_TODAY: ELECTRON_TODAY };
}

test('opens the central list in an isolated, sandboxed window', async () => {
  const binary = findElectronBinary();
  if (!binary.found) {
    console.log(
      `SKIPPED: the Electron suite did not run. Electron binary not installed on this machine: ${binary.reason}.`,
    );
    test.skip(true, `Electron binary not installed on this machine: ${binary.reason}`);
    return;
  }
  for (const built of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
    expect(existsSync(path.join(REPO_ROOT, built)), `${built} is missing: run npm run build first`).toBe(true);
  }

  // A throwaway profile: Electron takes userData (and so the database) from --user-data-dir.
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'panel-electron-'));
  const app = await electron.launch({
    args: [`--user-data-dir=${userDataDir}`, '.'],
    cwd: REPO_ROOT,
    env: appEnvironment(),
  });
  try {
    const page = await app.firstWindow();
    await expect(page).toHaveURL(/^app:\/\/panel\//);
    // A new profile has a new, empty database: the first-run page asks for the first administrator.
    await expect(page.getByRole('heading', { level: 1, name: 'Set up Fostering Panel' })).toBeVisible();
    await expect(page).toHaveTitle(/^Set up Fostering Panel/);
    // app:info over IPC through the preload bridge proves the bridge works end to end.
    const info = await page.evaluate(() =>
      (window as unknown as { api: { invoke(channel: string, input: unknown): Promise<unknown> } }).api.invoke(
        'app:info',
        {},
      ),
    );
    expect(info).toMatchObject({ ok: true, value: { transport: 'ipc' } });

    // The audit and database keys (wrapped by safeStorage where the platform offers it) and the anchor live beside
    // the profile's data folder, never in it: a copy of the data folder can be neither read nor re-sealed.
    expect(readdirSync(`${userDataDir} keys`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^audit\.key(\.enc)?$/),
        expect.stringMatching(/^database\.key(\.enc)?$/),
      ]),
    );
    expect(existsSync(path.join(userDataDir, 'keys'))).toBe(false);

    const bridgeKeys = await page.evaluate(() => Object.keys((window as unknown as { api: object }).api).sort());
    expect(bridgeKeys).toEqual(['invoke', 'on']);

    const nodeGlobals = await page.evaluate(() => ({ require: typeof require, process: typeof process }));
    expect(nodeGlobals).toEqual({ require: 'undefined', process: 'undefined' });
  } finally {
    await app.close();
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(`${userDataDir} keys`, { recursive: true, force: true });
  }
});
