import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Every end-to-end test runs on this date, so warnings and defaults are predictable. */
export const E2E_TODAY = '2026-11-23';

export interface PanelServer {
  dbFile: string;
  baseUrl: string;
  launchUrl: string;
  stop(): Promise<void>;
}

export function freshDbFile(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'panel-e2e-')), 'panel.sqlite');
}

/** The keys live outside the data folder, as the app requires; the same folder whenever this database is reopened. */
export function serverKeysFolder(dbFile: string): string {
  return `${path.dirname(dbFile)}-keys`;
}

/** Starts the real backend (browser mode) on a real database file, as `npm run start:browser` does. */
export async function startPanelServer(dbFile: string): Promise<PanelServer> {
  const keys = serverKeysFolder(dbFile);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'electron/loopback/serve.ts', '--db', dbFile, '--keys', keys],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, PANEL_FIXED_TODAY: E2E_TODAY },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const launchUrl = await waitForUrl(child);
  return {
    dbFile,
    launchUrl,
    baseUrl: new URL(launchUrl).origin,
    stop: () => stopChild(child),
  };
}

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The panel server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /PANEL_URL=(\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The panel server exited with ${String(code)}:\n${output}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
