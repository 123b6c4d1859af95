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
  return pdfPagesOfEach([docxFile])[0] ?? [];
}

/**
 * The same for several files in one LibreOffice start (start-up is the slow
 * part): the pages of each file, in the order given. The files need distinct
 * base names, as each PDF is named after its DOCX.
 */
export function pdfPagesOfEach(docxFiles: readonly string[]): string[][] {
  return convertEach(docxFiles, (pdf) => {
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', timeout: 30_000 });
    // Pages end with a form feed; the last one leaves an empty remainder.
    const pages = text.split('\f');
    return pages.at(-1)?.trim() === '' ? pages.slice(0, -1) : pages;
  });
}

/** Converts each DOCX to PDF in one LibreOffice start and reads each PDF with `read` before it is removed. */
export function convertEach<T>(docxFiles: readonly string[], read: (pdfFile: string) => T): T[] {
  const bases = docxFiles.map((file) => path.basename(file, path.extname(file)));
  if (new Set(bases).size !== bases.length) throw new Error(`Files to convert share a name: ${bases.join(', ')}`);
  const folder = mkdtempSync(path.join(tmpdir(), 'panel-office-'));
  const profile = path.join(tmpdir(), `lo-profile-${randomUUID()}`);
  try {
    const log = execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        folder,
        ...docxFiles,
      ],
      { timeout: OFFICE_TIMEOUT_MS * Math.max(1, Math.ceil(docxFiles.length / 4)), encoding: 'utf8', stdio: 'pipe' },
    );
    return bases.map((base, index) => {
      const pdf = path.join(folder, `${base}.pdf`);
      if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${docxFiles[index]}: ${log}`);
      return read(pdf);
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
