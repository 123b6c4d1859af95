import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** LibreOffice can take a minute on a cold profile and a busy machine. */
export const OFFICE_TIMEOUT_MS = 120_000;

/**
 * Opens a DOCX in a real word processor (LibreOffice, headless), converts it
 * to PDF and returns the text of each page. A file LibreOffice cannot open
 * fails here. Each call has its own profile so parallel runs do not collide.
 */
export function pdfPagesOf(docxFile: string): string[] {
  const folder = mkdtempSync(path.join(tmpdir(), 'panel-office-'));
  const profile = path.join(tmpdir(), `lo-profile-${randomUUID()}`);
  try {
    const log = execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, docxFile],
      { timeout: OFFICE_TIMEOUT_MS, encoding: 'utf8', stdio: 'pipe' },
    );
    const pdf = path.join(folder, `${path.basename(docxFile, path.extname(docxFile))}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${docxFile}: ${log}`);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', timeout: 30_000 });
    // Pages end with a form feed; the last one leaves an empty remainder.
    const pages = text.split('\f');
    return pages.at(-1)?.trim() === '' ? pages.slice(0, -1) : pages;
  } finally {
    rmSync(folder, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
