import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { test, type Browser, type Page } from '@playwright/test';
import { E2E_TODAY, REPO_ROOT, freshDbFile, serverKeysFolder } from './panel-server';
import { setRecoveryBeside } from './recovery';

export interface HostProcess {
  url: string;
  /** The host's database file (its keys are in serverKeysFolder(dbFile)). */
  dbFile: string;
  stop(): Promise<void>;
}

/**
 * Starts the headless service host (`npm run serve`) over TLS with a
 * self-signed certificate made for the test, on a fresh database.
 */
export async function startServiceHost(extraArgs: readonly string[] = []): Promise<HostProcess> {
  const dbFile = freshDbFile();
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'electron/host/serve-host.ts',
      '--db',
      dbFile,
      '--keys',
      serverKeysFolder(dbFile),
      '--listen',
      '127.0.0.1:0',
      '--self-signed',
      path.join(path.dirname(dbFile), 'certificate'),
      ...extraArgs,
    ],
    { cwd: REPO_ROOT, env: { ...process.env, PANEL_FIXED_TODAY: E2E_TODAY }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The host did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /PANEL_HOST_URL=(\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The host exited with ${String(code)}:\n${output}`));
    });
  });
  return { url, dbFile, stop: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * A spec's service host: started before its tests, with recovery set as the
 * first-run step would (recovery-setup.spec.ts walks it), and stopped after.
 * `openSeat` is another computer: its own browser context (cookies, storage),
 * named as its user names it at sign-in.
 */
export function hostForSpec() {
  let host: HostProcess | null = null;
  const started = (): HostProcess => {
    if (!host) throw new Error('The service host has not started.');
    return host;
  };
  test.beforeAll(async () => {
    host = await startServiceHost();
    await setRecoveryBeside(host.dbFile);
  });
  test.afterAll(async () => {
    await host?.stop();
  });
  return {
    get url(): string {
      return started().url;
    },
    async openSeat(browser: Browser, name: string): Promise<Page> {
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const page = await context.newPage();
      await page.goto(started().url);
      await page.evaluate((seat) => localStorage.setItem('panel.seatName', seat), name);
      return page;
    },
  };
}
