import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { DEMO_PASSWORD } from '../electron/demo/generate-demo';
import { BUDGETS } from './budgets';
import { REPO_ROOT } from './open-backend';
import type { OperationResult } from './results';
import { judge, statsOf } from './stats';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** The first navigation fills caches; the figure is the median of the rest. */
const NAVIGATIONS = 6;

function startServer(file: string, today: string): Promise<{ child: ChildProcess; launchUrl: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/loopback/serve.ts', '--db', file], {
    cwd: REPO_ROOT,
    env: { ...process.env, PANEL_FIXED_TODAY: today },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /PANEL_URL=(\S+)/.exec(output);
      if (match?.[1]) resolve({ child, launchUrl: match[1] });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`The panel server exited with ${String(code)}:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Real Chromium against the loopback server on the history: signed in as the
 * administrator, the time from navigating to the dashboard until its table of
 * what is due is shown with data. Null when the renderer has not been built.
 */
export async function measureDashboardUsable(file: string, today: string): Promise<OperationResult | null> {
  if (!existsSync(path.join(REPO_ROOT, 'dist', 'renderer', 'index.html'))) return null;
  const { child, launchUrl } = await startServer(file, today);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(launchUrl);
    const login = await page.evaluate(async (password) => {
      const response = await fetch('/rpc', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ channel: 'auth:login', input: { username: 'admin', password } }),
      });
      return (await response.json()) as { ok: boolean };
    }, DEMO_PASSWORD);
    if (!login.ok) throw new Error('The benchmark could not sign in as admin');
    const dashboard = `${new URL(launchUrl).origin}/#/dashboard`;
    const times: number[] = [];
    for (let i = 0; i < NAVIGATIONS; i += 1) {
      await page.goto('about:blank');
      const started = performance.now();
      await page.goto(dashboard);
      await page.locator('table.due-table caption').filter({ hasText: 'Due and overdue as of' }).waitFor();
      await page.locator('table.due-table tbody tr').first().waitFor();
      times.push(performance.now() - started);
    }
    const stats = statsOf(times.slice(1));
    return { name: 'Dashboard usable in Chromium', stats, judged: judge(stats.p50, BUDGETS.dashboardUsable) };
  } finally {
    await browser.close();
    await stop(child);
  }
}
