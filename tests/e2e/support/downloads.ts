import type { Page } from '@playwright/test';

/**
 * In browser mode the files main makes arrive as browser downloads, never in
 * a folder on the host: runs the click and returns where Playwright saved the
 * download it started.
 */
export async function downloadedBy(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download.path();
}
