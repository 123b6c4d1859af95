import { defineConfig } from '@playwright/test';

/**
 * The real desktop app through Playwright's Electron driver. It needs an
 * Electron binary, which machines that installed with --ignore-scripts lack:
 * there the suite reports itself skipped rather than passing silently.
 * Expects `npm run build` (and `node build/ensure-native.mjs electron`) first.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: '../../test-results/electron',
});
